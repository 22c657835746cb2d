package org.vigie.core;

/** The kinds of entity the knowledge base and the recogniser know (DESIGN §3). */
public enum EntityType {
  GOVERNMENT,
  REGULATOR,
  OFFICIAL,
  PLATFORM,
  AI_SYSTEM,
  COMPANY,
  ORGANIZATION,
  LAW,
  PERSON,
  LOCATION
}
