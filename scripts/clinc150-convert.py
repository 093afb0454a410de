#!/usr/bin/env python3
"""Convert CLINC150 (data_full.json) into Switchboard files, following the dataset's protocol.

  train.csv   the `train` split as a FAQ corpus: one entry per intent, its utterances the phrasings
  val.jsonl   `val` + `oos_val`, labelled questions for `switchboard faq tune`
  test.jsonl  `test` + `oos_test`, labelled questions for `switchboard faq eval`

Usage: clinc150-convert.py DATA_FULL_JSON OUT_DIR
"""
import csv, json, os, sys

def main(src, out):
    data = json.load(open(src, encoding="utf-8"))
    os.makedirs(out, exist_ok=True)
    with open(os.path.join(out, "train.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["id", "question", "answer", "language"])
        seen = set()
        for text, intent in data["train"]:
            first = intent not in seen
            seen.add(intent)
            w.writerow([intent, text, f"(answer for the CLINC150 intent '{intent}')" if first else "", "en"])
    for name, splits in (("val", ("val", "oos_val")), ("test", ("test", "oos_test"))):
        with open(os.path.join(out, name + ".jsonl"), "w", encoding="utf-8") as f:
            for split in splits:
                for text, intent in data[split]:
                    f.write(json.dumps({"question": text, "faq_id": None if intent == "oos" else intent,
                                        "language": "en"}, ensure_ascii=False) + "\n")
    print(f"{out}: train.csv ({len(data['train'])} phrasings), val.jsonl ({len(data['val']) + len(data['oos_val'])}), "
          f"test.jsonl ({len(data['test']) + len(data['oos_test'])})")

if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
