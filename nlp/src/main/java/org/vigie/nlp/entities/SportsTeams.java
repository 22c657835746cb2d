package org.vigie.nlp.entities;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.vigie.core.EntityType;
import org.vigie.nlp.text.Segmentation;

/**
 * In a match report, a country or a city that plays is its team: "les Bleus ont battu
 * l'Écosse", "Glasgow edge Edinburgh", "Geelong fade", "l'Angleterre conserve sa couronne". The
 * annotation guidelines make such teams ORGANIZATION (eval/entities/README.md), while the same
 * names in news are places or governments. An article is a match report when its words name at
 * least {@link #MIN_CUES} distinct things of sport; in one, a place read as a government (it
 * acts) or a place that is beaten, faced or played against is the team.
 */
final class SportsTeams {
  static final String METHOD = "sports-team";

  private SportsTeams() {}

  static final int MIN_CUES = 6;

  private static final Set<String> CUES =
      Set.of("match", "matchs", "essai", "essais", "but", "buts", "try", "tries", "goal", "goals", "coach", "entraineur",
          "saison", "season", "championnat", "championship", "tournoi", "tournament", "finale", "penalty", "mi-temps",
          "half-time", "quarter", "derby", "supporters", "spectateurs", "fans", "victoire", "defaite", "victory",
          "defeat", "score", "scored", "joueur", "joueurs", "joueuse", "joueuses", "player", "players", "stade",
          "stadium", "rugby", "football", "soccer", "hockey", "tennis", "basketball", "baseball", "cricket",
          "selectionneur", "capitaine", "captain", "winger", "flanker", "gardien", "defenseur", "ailier", "melee",
          "scrum", "titre", "title", "premiers", "league", "ligue", "fixture", "fixtures", "coupe", "cup", "arbitre",
          "referee", "pitch", "terrain", "tirs", "shootout", "trophee", "trophy", "medal", "medaille", "equipe",
          "team", "side", "club", "attaquant", "striker", "midfielder", "replacements", "remplacants", "pack",
          "ouvreur", "scrum-half", "try-line", "relegation", "playoffs", "sell-out", "spring training", "innings");

  /** Words before a team that it is played against: "battu l'Écosse", "face à l'Espagne", "edge Edinburgh". */
  private static final Set<String> AGAINST =
      Set.of("battu", "battre", "bat", "battant", "domine", "dominé", "affronte", "affronter", "contre", "face",
          "devant", "against", "beat", "beats", "edge", "edges", "overran", "defeated", "defeat", "over", "vs", "v",
          "with", "versus", "blanchissant", "blanchissent", "surclasse", "renverse");

  static boolean isMatchReport(List<FieldContext> fields) {
    Set<String> seen = new HashSet<>();
    for (FieldContext ctx : fields) {
      for (WordToken t : ctx.tokens) if (t.word() && CUES.contains(t.key())) seen.add(t.key());
    }
    return seen.size() >= MIN_CUES;
  }

  /** The mentions of {@code mentions} that are teams in a match report, retyped; the others unchanged. */
  static void retype(List<FieldContext> fields, List<Mention> mentions) {
    if (!isMatchReport(fields)) return;
    for (int k = 0; k < mentions.size(); k++) {
      Mention m = mentions.get(k);
      if (m.type() != EntityType.GOVERNMENT && m.type() != EntityType.LOCATION) continue;
      if (!m.method().startsWith("gazetteer") || m.method().startsWith("gazetteer+description")) continue;
      FieldContext ctx = fields.stream().filter(f -> f.field == m.field()).findFirst().orElseThrow();
      boolean acting = m.type() == EntityType.GOVERNMENT && m.method().contains("context:");
      boolean dateline = m.text().chars().noneMatch(Character::isLowerCase);
      if (dateline || !(acting || playedAgainst(ctx, m))) continue;
      String id = "new/organization/" + GazetteerRecognizer.slug(m.text()) + "-team";
      mentions.set(k, new Mention(m.field(), m.start(), m.end(), m.text(), id, EntityType.ORGANIZATION, METHOD));
    }
    unknownTeams(fields, mentions);
    sameTeamElsewhere(fields, mentions);
  }

  /** Where a place is where something happens, even in a match report: "fans gathered in Brisbane". */
  private static final Set<String> LOCATIVES = Set.of("in", "at", "to", "from", "à", "a", "au", "en", "dans", "near", "of", "de", "du");

  /**
   * One sense per discourse: once a match report plays a team, its name is the team elsewhere in
   * the article ("Glasgow edge Edinburgh… Edinburgh led for much of the second half"), except
   * after a locative ("in Edinburgh") or inside a longer name.
   */
  private static void sameTeamElsewhere(List<FieldContext> fields, List<Mention> mentions) {
    java.util.Map<String, String> teams = new java.util.HashMap<>();
    for (Mention m : mentions) if (m.method().equals(METHOD) && m.text().indexOf(' ') < 0) teams.putIfAbsent(m.text(), m.entityId());
    if (teams.isEmpty()) return;
    for (FieldContext ctx : fields) {
      Segmentation seg = ctx.segmentation;
      for (int t = 0; t < seg.tokenCount(); t++) {
        String tok = seg.token(t);
        String surface = tok.endsWith("'s") || tok.endsWith("’s") ? tok.substring(0, tok.length() - 2) : tok;
        String id = teams.get(surface);
        if (id == null) continue;
        if (t > 0 && LOCATIVES.contains(seg.token(t - 1).toLowerCase(Locale.ROOT))) continue;
        if (t + 1 < seg.tokenCount() && name(seg.token(t + 1)) && seg.tokenStart(t + 1) - seg.tokenEnd(t) <= 1) continue;
        // "les Remparts de Québec": the longer name
        if (t + 2 < seg.tokenCount() && (seg.token(t + 1).equals("de") || seg.token(t + 1).equals("of")) && name(seg.token(t + 2))) continue;
        if (t > 0 && name(seg.token(t - 1)) && seg.tokenStart(t) - seg.tokenEnd(t - 1) <= 1
            && seg.sentenceAt(seg.tokenStart(t - 1)) == seg.sentenceAt(seg.tokenStart(t))) {
          continue;
        }
        int start = seg.tokenStart(t);
        int stop = start + surface.length();
        int existing = -1;
        boolean blocked = false;
        for (int k = 0; k < mentions.size(); k++) {
          Mention m = mentions.get(k);
          if (m.field() != ctx.field || m.start() >= stop || start >= m.end()) continue;
          boolean samePlace = m.start() == start && m.end() == stop && (m.type() == EntityType.LOCATION || m.type() == EntityType.GOVERNMENT);
          if (samePlace) existing = k;
          else blocked = true;
        }
        if (blocked) continue;
        Mention team = new Mention(ctx.field, start, stop, surface, id, EntityType.ORGANIZATION, METHOD);
        if (existing >= 0) mentions.set(existing, team);
        else if (mentions.stream().noneMatch(m -> m.field() == ctx.field && m.start() == start && m.end() == stop)) mentions.add(team);
      }
    }
  }

  /**
   * Teams the KB does not name, played against in a match report: "edge Edinburgh", "overran
   * Geelong", "against Munster", "blanchissent les Remparts": one capitalised word (or a name
   * joined by "de") after the cue, not already a mention.
   */
  private static void unknownTeams(List<FieldContext> fields, List<Mention> mentions) {
    // in tennis, golf or boxing the one beaten is a player, not a team
    for (FieldContext ctx : fields) {
      for (WordToken t : ctx.tokens) if (t.word() && INDIVIDUAL.contains(t.key())) return;
    }
    for (FieldContext ctx : fields) {
      Segmentation seg = ctx.segmentation;
      for (int t = 0; t + 1 < seg.tokenCount(); t++) {
        String cue = TextFolding.fold(seg.token(t));
        if (!AGAINST.contains(cue) || !Character.isLowerCase(seg.token(t).charAt(0))) continue;
        int first = t + 1;
        while (first < seg.tokenCount() && first - t <= 2 && DETERMINERS.contains(seg.token(first).toLowerCase(Locale.ROOT))) first++;
        if (first >= seg.tokenCount() || !name(seg.token(first))) continue;
        int end = first + 1;
        if (end + 1 < seg.tokenCount() && seg.token(end).equals("de") && name(seg.token(end + 1))) end += 2;
        // "en battant Jannik Sinner": two capitalised words are a player's name
        else if (end < seg.tokenCount() && name(seg.token(end))) continue;
        int start = seg.tokenStart(first);
        int stop = seg.tokenEnd(end - 1);
        boolean taken = false;
        for (Mention m : mentions) taken |= m.field() == ctx.field && m.start() < stop && start < m.end();
        if (taken) continue;
        String text = ctx.text.substring(start, stop);
        mentions.add(new Mention(ctx.field, start, stop, text, "new/organization/" + GazetteerRecognizer.slug(text) + "-team",
            EntityType.ORGANIZATION, METHOD));
      }
    }
  }

  private static final Set<String> INDIVIDUAL =
      Set.of("tennis", "golf", "boxe", "boxing", "judo", "cyclisme", "cycling", "athletisme", "athletics", "ski",
          "escrime", "fencing", "snooker", "darts", "flechettes", "formule", "marathon", "sprint", "sprinteur");

  private static final Set<String> DETERMINERS = Set.of("l'", "l’", "la", "le", "les", "the", "à", "a", "an");

  private static boolean name(String tok) {
    return tok.length() > 1 && Character.isUpperCase(tok.charAt(0)) && tok.chars().allMatch(c -> Character.isLetter(c) || c == '-')
        && !tok.chars().allMatch(Character::isUpperCase);
  }

  private static boolean playedAgainst(FieldContext ctx, Mention m) {
    Segmentation seg = ctx.segmentation;
    int t = seg.firstTokenAtOrAfter(m.start());
    for (int i = t - 1; i >= Math.max(0, t - 3); i--) {
      String tok = seg.token(i).toLowerCase(Locale.ROOT);
      if (AGAINST.contains(tok) || AGAINST.contains(TextFolding.fold(tok))) return true;
      if (!tok.equals("l'") && !tok.equals("l’") && !tok.equals("la") && !tok.equals("le") && !tok.equals("les")
          && !tok.equals("the") && !tok.equals("à") && !tok.equals("a")) {
        return false;
      }
    }
    return false;
  }
}
