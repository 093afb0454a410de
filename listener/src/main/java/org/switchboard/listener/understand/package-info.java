/**
 * Understanding a mention: what a post is (sentiment, complaint, question, abusive, each with a
 * confidence) and how urgently it needs an answer.
 *
 * <p>{@link org.switchboard.listener.understand.MentionClassifier} holds one OpenNLP maxent
 * document categorizer per {@link org.switchboard.listener.understand.Task}, all fed the same
 * features ({@link org.switchboard.listener.understand.PostTokens} →
 * {@link org.switchboard.listener.understand.PostFeatureGenerator}). The shipped models are trained
 * by {@code scripts/train-listener-models.sh} from the project's own labelled posts
 * ({@link org.switchboard.listener.understand.TrainingSet}); a team retrains a task from its own
 * labels ({@link org.switchboard.listener.understand.LabelFile},
 * {@link org.switchboard.listener.understand.ModelTrainer}) and measures it by cross-validation
 * ({@link org.switchboard.listener.understand.CrossValidation},
 * {@link org.switchboard.listener.understand.Scores}); its model is saved under the data directory
 * ({@link org.switchboard.listener.understand.ModelFiles}) and used instead of the shipped one.
 *
 * <p>{@link org.switchboard.listener.understand.PriorityRules} turns the labels, the watched terms
 * found and the post's reach and age into a priority from 0 to 100.
 * See {@code docs/listener-understanding.md}.
 */
package org.switchboard.listener.understand;
