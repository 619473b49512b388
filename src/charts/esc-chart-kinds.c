/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Which charts an election calls for, and what each shows. Every claim is drawn by one
 * chart: the seats, the vote shares, the votes, turnout and electorate each have their
 * card and show their own disagreements; earlier counts go to the chart of how the
 * count changed; any other figure that sources give differently gets a dot plot, and
 * the rest are listed in words. */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "esc-chart-private.h"
#include "esc-chart-text.h"

/* The card a figure belongs to. */
typedef enum {
  CARD_SEATS,
  CARD_SHARES,
  CARD_VOTES,
  CARD_TURNOUT,
  CARD_OTHER,
} Card;

static Card
card_for (EscFigure *figure,
          gboolean   has_seats)
{
  gboolean about_party = esc_figure_get_subject (figure) != NULL;

  switch (esc_figure_get_measure (figure))
    {
    case ESC_MEASURE_OFFICES_WON:
    case ESC_MEASURE_OFFICES_CONTESTED:
      return has_seats && esc_figure_counts_seats (figure) ? CARD_SEATS : CARD_OTHER;
    case ESC_MEASURE_VOTE_SHARE:
      return about_party ? CARD_SHARES : CARD_OTHER;
    case ESC_MEASURE_VOTES:
      return about_party ? CARD_VOTES : CARD_OTHER;
    case ESC_MEASURE_TURNOUT:
    case ESC_MEASURE_ELECTORATE:
      return about_party ? CARD_OTHER : CARD_TURNOUT;
    case ESC_MEASURE_OTHER:
    default:
      return CARD_OTHER;
    }
}

/* The current claims of every figure for @card, in figure order. */
static GPtrArray *
current_claims (EscFigures *figures,
                Card        card,
                gboolean    has_seats)
{
  GPtrArray *all = esc_figures_get_all (figures);
  GPtrArray *claims = g_ptr_array_new ();

  for (guint f = 0; f < all->len; f++)
    if (card_for (g_ptr_array_index (all, f), has_seats) == card)
      g_ptr_array_extend (claims, esc_figure_get_current (g_ptr_array_index (all, f)), NULL, NULL);
  return claims;
}

static int
status_rank (EscClaimStatus status)
{
  static const int rank[] = {
    [ESC_STATUS_OFFICIAL] = 0, [ESC_STATUS_REVISED] = 0, [ESC_STATUS_PRELIMINARY] = 1,
    [ESC_STATUS_REPORTED] = 2, [ESC_STATUS_CLAIMED] = 3, [ESC_STATUS_DISPUTED] = 4,
    [ESC_STATUS_COMPUTED] = 2,
  };

  return rank[status];
}

/* The claim that speaks for each party in a bar chart: its best-attested one. */
static GHashTable *
leading_claims (GPtrArray *claims)
{
  GHashTable *best = g_hash_table_new (NULL, NULL);   /* EscParty → EscClaim */

  for (guint i = 0; i < claims->len; i++)
    {
      EscClaim *candidate = g_ptr_array_index (claims, i);
      EscClaim *held = g_hash_table_lookup (best, esc_claim_get_subject (candidate));

      if (held == NULL || status_rank (esc_claim_get_status (candidate)) < status_rank (esc_claim_get_status (held)))
        g_hash_table_insert (best, esc_claim_get_subject (candidate), candidate);
    }
  return best;
}

typedef struct {
  EscClaim *claim;
  double party_value;
  guint party_index;
} Ranked;

static int
compare_ranked (gconstpointer a,
                gconstpointer b)
{
  const Ranked *ra = a, *rb = b;

  if (ra->party_value != rb->party_value)
    return ra->party_value < rb->party_value ? 1 : -1;
  if (ra->party_index != rb->party_index)
    return ra->party_index < rb->party_index ? -1 : 1;
  return status_rank (esc_claim_get_status (ra->claim)) - status_rank (esc_claim_get_status (rb->claim));
}

/* Parties largest first, each with its figures together, the official one first: a
 * figure a rival gives sits right under the one it disputes. */
static GArray *
rank_by_party (EscElection *election,
               GPtrArray   *claims)
{
  GArray *ranked = g_array_sized_new (FALSE, FALSE, sizeof (Ranked), claims->len);
  g_autoptr(GHashTable) leading = leading_claims (claims);
  g_autoptr(GHashTable) party_index = g_hash_table_new (NULL, NULL);
  GPtrArray *parties = esc_election_get_parties (election);

  for (guint p = 0; p < parties->len; p++)
    g_hash_table_insert (party_index, g_ptr_array_index (parties, p), GUINT_TO_POINTER (p));
  for (guint i = 0; i < claims->len; i++)
    {
      EscClaim *claim = g_ptr_array_index (claims, i);
      EscParty *party = esc_claim_get_subject (claim);
      Ranked item = { claim, esc_claim_get_value (g_hash_table_lookup (leading, party)),
                      GPOINTER_TO_UINT (g_hash_table_lookup (party_index, party)) };

      g_array_append_val (ranked, item);
    }
  g_array_sort (ranked, compare_ranked);
  return ranked;
}

/* Figures on a scale they do not fit (12 million people on a 0–100 % axis) are shown
 * in words beside it instead of as bars. */
static void
mark_words_unless (EscChartMark *mark,
                   EscClaim     *claim,
                   EscUnit       unit)
{
  if (esc_claim_get_unit (claim) != unit)
    mark->style = ESC_MARK_UNREPORTED;
}

/* "The sources disagree on Edmundo González." for the parties whose figures clash. */
static void
append_disputes (GString    *reading,
                 EscChart   *self,
                 EscFigures *figures)
{
  g_autoptr(GString) names = g_string_new (NULL);
  g_autoptr(GPtrArray) seen = g_ptr_array_new ();

  for (guint i = 0; i < self->marks->len; i++)
    {
      EscChartMark *mark = &g_array_index (self->marks, EscChartMark, i);
      EscFigure *figure = esc_figures_find (figures, g_ptr_array_index (mark->claims, 0));

      if (!esc_figure_is_disputed (figure) || g_ptr_array_find (seen, figure, NULL))
        continue;
      g_ptr_array_add (seen, figure);
      g_string_append_printf (names, "%s%s", names->len ? ", " : "", esc_text_party_short (mark->party));
    }
  if (names->len > 0)
    {
      g_string_append_c (reading, ' ');
      /* Translators: %s lists parties: "The sources disagree on Edmundo González." */
      g_string_append_printf (reading, _("The sources disagree on %s."), names->str);
    }
}

/* "González 44% (National Electoral Council); González 70% (Opposition …)." */
static char *
bars_reading (EscChart   *self,
              EscFigures *figures)
{
  g_autoptr(GString) reading = g_string_new (NULL);

  for (guint i = 0; i < MIN (self->marks->len, ESC_CHART_READING_PARTS); i++)
    {
      EscChartMark *mark = &g_array_index (self->marks, EscChartMark, i);
      EscClaim *claim = g_ptr_array_index (mark->claims, 0);
      g_autofree char *claimant = esc_text_claimant (claim);

      if (i > 0)
        g_string_append (reading, "; ");
      /* A figure from the source the reading names at its end goes without it. */
      if (mark->detail[0] == '\0')
        /* Translators: "Nicolás Maduro: 51%". */
        g_string_append_printf (reading, _("%s: %s"), esc_text_party_short (mark->party), mark->value_text);
      else
        /* Translators: "Nicolás Maduro: 51% (National Electoral Council)". */
        g_string_append_printf (reading, _("%s: %s (%s)"), esc_text_party_short (mark->party), mark->value_text,
                                claimant);
    }
  esc_chart_append_more (reading, self->marks->len, ESC_CHART_READING_PARTS);
  g_string_append_c (reading, '.');
  append_disputes (reading, self, figures);
  return g_string_free (g_steal_pointer (&reading), FALSE);
}

/* One bar per claim that stands, grouped by party, largest party first. Where sources
 * give a party different figures, each has its bar and says whose it is. */
static EscChart *
bars_chart (EscElection *election,
            EscFigures  *figures,
            GPtrArray   *claims,
            EscChartKind kind,
            const char  *id,
            const char  *title,
            EscUnit      unit)
{
  g_autoptr(GArray) ranked = NULL;
  g_autofree char *source = NULL;
  EscChart *self;

  if (claims->len == 0)
    return NULL;

  self = esc_chart_new_empty (election, kind, id);
  self->title = g_strdup (title);
  self->percent = unit == ESC_UNIT_PERCENT;
  self->unit = unit;
  ranked = rank_by_party (election, claims);
  for (guint i = 0; i < ranked->len; i++)
    {
      EscClaim *claim = g_array_index (ranked, Ranked, i).claim;

      mark_words_unless (esc_chart_add_claim_mark (self, claim, FALSE), claim, unit);
    }
  /* Long charts say their common source once, so that each bar keeps one line. */
  source = esc_chart_take_common_detail (self->marks, sizeof (EscChartMark), G_STRUCT_OFFSET (EscChartMark, detail), 5);
  self->reading = bars_reading (self, figures);
  if (source != NULL)
    esc_chart_say_source (self, source);
  return self;
}

static EscChart *
shares_chart (EscElection *election,
              EscFigures  *figures,
              gboolean     has_seats)
{
  g_autoptr(GPtrArray) claims = current_claims (figures, CARD_SHARES, has_seats);
  EscChart *self = bars_chart (election, figures, claims, ESC_CHART_SHARES, "shares", _("Vote shares"), ESC_UNIT_PERCENT);

  /* An option carries a referendum with more than half of the vote. */
  if (self != NULL && esc_election_get_kind (election) == ESC_ELECTION_REFERENDUM)
    {
      self->has_reference = TRUE;
      self->reference = 50;
    }
  return self;
}

static EscChart *
votes_chart (EscElection *election,
             EscFigures  *figures,
             gboolean     has_seats)
{
  g_autoptr(GPtrArray) claims = current_claims (figures, CARD_VOTES, has_seats);

  return bars_chart (election, figures, claims, ESC_CHART_VOTES, "votes", _("Votes"), ESC_UNIT_VOTES);
}

static int
compare_marks_by_value (gconstpointer a,
                        gconstpointer b)
{
  const EscChartMark *ma = a, *mb = b;

  return ma->value < mb->value ? -1 : ma->value > mb->value ? 1 : 0;
}

/* A dot per claim that stands, for a figure the sources give differently. */
static EscChart *
disagreement_chart (EscElection *election,
                    EscFigure   *figure,
                    guint        n)
{
  g_autofree char *id = g_strdup_printf ("disagreement-%u", n);
  g_autofree char *phrase = esc_chart_figure_phrase (figure);
  GPtrArray *current = esc_figure_get_current (figure);
  EscChart *self = esc_chart_new_empty (election, ESC_CHART_DISAGREEMENT, id);
  EscChartMark *low, *high;

  self->percent = esc_figure_get_unit (figure) == ESC_UNIT_PERCENT;
  self->unit = esc_figure_get_unit (figure);
  /* Translators: the title of a chart comparing sources; %s is what they measure. */
  self->title = g_strdup_printf (_("%s: the sources disagree"), phrase);
  for (guint i = 0; i < current->len; i++)
    esc_chart_add_claim_mark (self, g_ptr_array_index (current, i), TRUE);
  g_array_sort (self->marks, compare_marks_by_value);

  low = &g_array_index (self->marks, EscChartMark, 0);
  high = &g_array_index (self->marks, EscChartMark, self->marks->len - 1);
  /* Translators: "From 18 (News report) to 20 (National Electoral Council)." */
  self->reading = g_strdup_printf (_("From %s (%s) to %s (%s)."),
                                   low->value_text, low->label, high->value_text, high->label);
  return self;
}

/* Every figure that fits no other card, in words, one row each. */
static EscChart *
figures_chart (EscElection *election,
               GPtrArray   *others)
{
  g_autoptr(GString) reading = g_string_new (NULL);
  EscChart *self;

  if (others->len == 0)
    return NULL;

  self = esc_chart_new_empty (election, ESC_CHART_FIGURES, "other-figures");
  self->title = g_strdup (_("Other figures"));
  for (guint f = 0; f < others->len; f++)
    {
      EscFigure *figure = g_ptr_array_index (others, f);
      GPtrArray *current = esc_figure_get_current (figure);

      for (guint i = 0; i < current->len; i++)
        {
          EscClaim *claim = g_ptr_array_index (current, i);
          EscChartMark *mark = esc_chart_add_claim_mark (self, claim, FALSE);
          g_autofree char *claimant = esc_text_claimant (claim);

          g_free (mark->label);
          mark->label = esc_chart_figure_phrase (figure);
          g_free (mark->detail);
          mark->detail = g_strdup_printf (_("%s · %s"), claimant, esc_text_status (esc_claim_get_status (claim)));
          mark->style = ESC_MARK_UNREPORTED;
          /* Labels are long: the first in the reading, the rest counted. */
          if (self->marks->len == 1)
            {
              /* Translators: one figure in a list: "Hours until the results: 6 hours". */
              g_autofree char *part = g_strdup_printf (_("%s: %s"), mark->label, mark->value_text);

              g_string_append_printf (reading, "%s%s", reading->len ? "; " : "", part);
            }
        }
    }
  if (self->marks->len > 1)
    {
      guint more = self->marks->len - 1;

      /* Translators: after the first figure of a list: "; and 4 more figures". */
      g_string_append_printf (reading, g_dngettext (GETTEXT_PACKAGE, "; and %u more figure", "; and %u more figures", more),
                              more);
    }
  self->reading = g_strdup_printf ("%s.", reading->str);
  return self;
}

static EscChartMark *
add_turnout_mark (EscChart *self,
                  EscClaim *claim,
                  gboolean  disputed)
{
  EscChartMark *mark = esc_chart_add_claim_mark (self, claim, TRUE);
  gboolean turnout = esc_claim_get_measure (claim) == ESC_MEASURE_TURNOUT;

  g_free (mark->label);
  mark->label = g_strdup (turnout ? _("Turnout") : _("Electorate"));
  g_free (mark->detail);
  mark->detail = esc_chart_sources_line (claim);
  if (disputed)
    {
      g_autofree char *line = g_steal_pointer (&mark->detail);

      /* Translators: "News report · 1 article · the sources disagree". */
      mark->detail = g_strdup_printf (_("%s · the sources disagree"), line);
    }
  /* The electorate is people, not a share: drawn as words, not as a bar. */
  if (turnout)
    mark_words_unless (mark, claim, ESC_UNIT_PERCENT);
  else
    mark->style = ESC_MARK_UNREPORTED;
  return mark;
}

/* "41.8% (News report) or 42.26% (News report)" where sources differ, else "41.8%". */
static char *
alternatives (EscChart *self,
              EscMeasure measure,
              gboolean   name_claimants)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < self->marks->len; i++)
    {
      EscChartMark *mark = &g_array_index (self->marks, EscChartMark, i);
      EscClaim *claim = g_ptr_array_index (mark->claims, 0);
      g_autofree char *claimant = esc_text_claimant (claim);

      if (esc_claim_get_measure (claim) != measure)
        continue;
      if (text->len > 0)
        g_string_append (text, _(" or "));
      if (name_claimants)
        g_string_append_printf (text, _("%s (%s)"), mark->value_text, claimant);
      else
        g_string_append (text, mark->value_text);
    }
  return text->len > 0 ? g_string_free (g_steal_pointer (&text), FALSE) : NULL;
}

/* Every turnout that stands as a bar on the full 0–100 scale, and the electorate in
 * words; where sources differ, the card says so and names them. */
static EscChart *
turnout_chart (EscElection *election,
               EscFigures  *figures)
{
  EscFigure *turnout = esc_figures_lookup (figures, ESC_MEASURE_TURNOUT, NULL);
  EscFigure *electorate = esc_figures_lookup (figures, ESC_MEASURE_ELECTORATE, NULL);
  gboolean disputed = turnout != NULL && esc_figure_is_disputed (turnout);
  g_autoptr(GPtrArray) claims = current_claims (figures, CARD_TURNOUT, TRUE);
  g_autofree char *shares = NULL;
  g_autofree char *voters = NULL;
  EscChart *self;

  if (claims->len == 0)
    return NULL;

  self = esc_chart_new_empty (election, ESC_CHART_TURNOUT, "turnout");
  self->title = g_strdup (_("Turnout and electorate"));
  self->percent = TRUE;
  self->unit = ESC_UNIT_PERCENT;
  for (guint i = 0; i < claims->len; i++)
    add_turnout_mark (self, g_ptr_array_index (claims, i),
                      esc_figures_find (figures, g_ptr_array_index (claims, i)) == turnout ? disputed
                      : electorate != NULL && esc_figure_is_disputed (electorate));

  shares = alternatives (self, ESC_MEASURE_TURNOUT, disputed);
  voters = alternatives (self, ESC_MEASURE_ELECTORATE, FALSE);
  if (shares != NULL && disputed)
    /* Translators: "Turnout: 41.8% (News report) or 42.26% (News report); the sources disagree." */
    self->reading = g_strdup_printf (_("Turnout: %s; the sources disagree."), shares);
  else if (shares != NULL && voters != NULL)
    /* Translators: "Turnout: 41.8%, of about 21 million voters." */
    self->reading = g_strdup_printf (_("Turnout: %s, of %s voters."), shares, voters);
  else if (shares != NULL)
    self->reading = g_strdup_printf (_("Turnout: %s."), shares);
  else
    self->reading = g_strdup_printf (_("Electorate: %s voters."), voters);
  return self;
}

/* Figures no card of their own takes: a dot plot each where sources disagree, the
 * rest in one list. */
static void
add_other_charts (EscElection *election,
                  EscFigures  *figures,
                  gboolean     has_seats,
                  GPtrArray   *charts)
{
  GPtrArray *all = esc_figures_get_all (figures);
  g_autoptr(GPtrArray) undisputed = g_ptr_array_new ();
  guint n = 0;
  EscChart *chart;

  for (guint f = 0; f < all->len; f++)
    {
      EscFigure *figure = g_ptr_array_index (all, f);

      if (card_for (figure, has_seats) != CARD_OTHER)
        continue;
      if (esc_figure_is_disputed (figure))
        g_ptr_array_add (charts, disagreement_chart (election, figure, ++n));
      else
        g_ptr_array_add (undisputed, figure);
    }
  if ((chart = figures_chart (election, undisputed)) != NULL)
    g_ptr_array_add (charts, chart);
}

static void
add_chart (GPtrArray *charts,
           EscChart  *chart)
{
  if (chart != NULL)
    g_ptr_array_add (charts, chart);
}

/**
 * esc_charts_for_election:
 *
 * Returns: (transfer full) (element-type EscChart): the charts @election's claims call
 *   for, in reading order: seats, shares, votes, turnout, how the count changed,
 *   each other figure the sources disagree on, and any other figures
 */
GPtrArray *
esc_charts_for_election (EscElection *election)
{
  GPtrArray *charts = g_ptr_array_new_with_free_func (g_object_unref);
  EscFigures *figures;
  EscChart *seats;
  gboolean has_seats;

  g_return_val_if_fail (ESC_IS_ELECTION (election), charts);

  figures = esc_election_get_figures (election);
  seats = esc_chart_seats_new (election, figures);
  has_seats = seats != NULL;
  add_chart (charts, seats);
  add_chart (charts, esc_chart_regions_new (election));
  add_chart (charts, shares_chart (election, figures, has_seats));
  add_chart (charts, votes_chart (election, figures, has_seats));
  add_chart (charts, turnout_chart (election, figures));
  add_chart (charts, esc_chart_changes_new (election, figures));
  add_other_charts (election, figures, has_seats, charts);
  return charts;
}
