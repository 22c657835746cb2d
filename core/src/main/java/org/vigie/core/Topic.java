package org.vigie.core;

import java.util.Objects;

/** A kind of AI abuse the article covers, with a score 0..1. */
public record Topic(Label label, double score) {
  public enum Label {
    NCII_DEEPFAKE,
    CSAM,
    FRAUD_VOICE_CLONE,
    ELECTION_DISINFORMATION,
    HARASSMENT,
    CHATBOT_HARM,
    OTHER
  }

  public Topic {
    Objects.requireNonNull(label, "label");
  }
}
