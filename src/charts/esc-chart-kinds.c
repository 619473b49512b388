/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Which charts an election's claims call for, and what each shows: seats, shares,
 * every disagreement, turnout. */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "esc-chart-private.h"
#include "esc-chart-text.h"
#include "esc-region.h"

static int
bloc_order (EscParty *party)
{
  /* Government on the left of a hemicycle, opposition on the right, as news graphics do. */
  static const int order[] = { [ESC_BLOC_GOVERNMENT] = 0, [ESC_BLOC_OTHER] = 1, [ESC_BLOC_OPPOSITION] = 2 };

  return order[esc_party_get_bloc (party)];
}

static int
compare_parties (gconstpointer a,
                 gconstpointer b)
{
  return bloc_order (*(EscParty **) a) - bloc_order (*(EscParty **) b);
}

static guint
count_seats (EscElection *election,
             GPtrArray   *won)
{
  g_autoptr(GPtrArray) contested = esc_chart_claims_measuring (election, ESC_MEASURE_OFFICES_CONTESTED);
  double total = 0, out_of;

  for (guint i = 0; i < contested->len; i++)
    total = MAX (total, esc_claim_get_value (g_ptr_array_index (contested, i)));
  for (guint i = 0; total == 0 && i < won->len; i++)
    if (esc_claim_get_out_of (g_ptr_array_index (won, i), &out_of))
      total = MAX (total, out_of);
  return (guint) MIN (total, 1000);
}

static GPtrArray *
pending_regions (EscElection *election)
{
  GPtrArray *regions = esc_election_get_regions (election);
  GPtrArray *pending = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < regions->len; i++)
    if (esc_region_get_outcome (g_ptr_array_index (regions, i)) != ESC_OUTCOME_WON)
      g_ptr_array_add (pending, g_object_ref (g_ptr_array_index (regions, i)));
  return pending;
}

static char *
region_names (GPtrArray *regions)
{
  GString *names = g_string_new (NULL);

  for (guint i = 0; i < regions->len; i++)
    {
      if (i > 0)
        g_string_append (names, ", ");
      g_string_append (names, esc_region_get_name (g_ptr_array_index (regions, i)));
    }
  return g_string_free (names, FALSE);
}

/* Readings stay one line long: this many parts, then "and N more". */
#define READING_PARTS 3

static void
append_more (GString *reading,
             guint    parts)
{
  if (parts > READING_PARTS)
    {
      guint more = parts - READING_PARTS;

      g_string_append_c (reading, ' ');
      g_string_append_printf (reading, g_dngettext (GETTEXT_PACKAGE, "and %u more", "and %u more", more), more);
    }
}

static void
add_regions (EscChartMark *mark,
             GPtrArray    *regions)
{
  for (guint i = 0; i < regions->len; i++)
    g_ptr_array_add (mark->regions, g_object_ref (g_ptr_array_index (regions, i)));
}

/* Left to right in the hemicycle: government, its seats in doubt, others, seats no one
 * reports, the opposition's seats in doubt, the opposition: doubt sits where the blocs
 * meet, as contested ground. */
static int
seat_position (const EscChartMark *mark)
{
  if (mark->style == ESC_MARK_UNREPORTED)
    return 4;
  switch (mark->bloc)
    {
    case ESC_BLOC_GOVERNMENT:
      return mark->style == ESC_MARK_SOLID ? 0 : 1;
    case ESC_BLOC_OTHER:
      return mark->style == ESC_MARK_SOLID ? 2 : 3;
    case ESC_BLOC_OPPOSITION:
    default:
      return mark->style == ESC_MARK_SOLID ? 6 : 5;
    }
}

static int
compare_seat_marks (gconstpointer a,
                    gconstpointer b)
{
  return seat_position (a) - seat_position (b);
}

/* Per party, the seats every source grants it are solid; the seats only some sources
 * grant it are in doubt (and are the pending regions, where the dataset names them);
 * seats no source accounts for are left grey. */
static EscChart *
seats_chart (EscElection *election)
{
  g_autoptr(GPtrArray) won = esc_chart_claims_measuring (election, ESC_MEASURE_OFFICES_WON);
  g_autoptr(GPtrArray) parties = g_ptr_array_new ();
  g_autoptr(GPtrArray) pending = NULL;
  g_autoptr(GString) reading = NULL;
  g_autofree char *pending_names = NULL;
  EscChart *self;
  guint total, used = 0, parts = 0;

  for (guint i = 0; i < won->len; i++)
    {
      EscParty *party = esc_claim_get_subject (g_ptr_array_index (won, i));
      if (party != NULL && !g_ptr_array_find (parties, party, NULL))
        g_ptr_array_add (parties, party);
    }
  total = count_seats (election, won);
  if (parties->len == 0 || total == 0)
    return NULL;

  self = esc_chart_new_empty (election, ESC_CHART_SEATS, "seats");
  self->total_seats = total;
  self->title = g_strdup (_("Offices won"));
  g_ptr_array_sort (parties, compare_parties);
  pending = pending_regions (election);
  pending_names = region_names (pending);
  reading = g_string_new (NULL);

  for (guint pass = 0; pass < 2; pass++)
    for (guint p = 0; p < parties->len; p++)
      {
        EscParty *party = g_ptr_array_index (parties, p);
        double low = G_MAXDOUBLE, high = 0;
        guint seats;
        EscChartMark *mark;

        for (guint i = 0; i < won->len; i++)
          if (esc_claim_get_subject (g_ptr_array_index (won, i)) == party)
            {
              low = MIN (low, esc_claim_get_value (g_ptr_array_index (won, i)));
              high = MAX (high, esc_claim_get_value (g_ptr_array_index (won, i)));
            }

        if (low == G_MAXDOUBLE)
          continue;   /* no source gives this party seats */
        /* Solid seats first, so that they are granted before seats in doubt. Clamped
         * as doubles: a count past G_MAXUINT must not wrap when made a guint. */
        seats = (guint) MIN (pass == 0 ? low : high - low, (double) (total - used));
        if (seats == 0)
          continue;
        used += seats;

        mark = esc_chart_add_mark (self, party);
        mark->seats = seats;
        mark->value = seats;
        mark->style = pass == 0 ? ESC_MARK_SOLID : ESC_MARK_IN_DOUBT;
        mark->label = g_strdup (esc_text_party (party));
        for (guint i = 0; i < won->len; i++)
          if (esc_claim_get_subject (g_ptr_array_index (won, i)) == party)
            esc_chart_mark_add_claim (self, mark, g_ptr_array_index (won, i));

        if (pass == 0)
          {
            g_autofree char *range = high > low ? g_strdup_printf ("%g–%g", low, high) : NULL;

            mark->value_text = g_strdup_printf ("%u", seats);
            mark->detail = g_strdup (high > low ? _("won, by every source") : _("won"));
            /* One line: the first three parties, by their short names where they have one. */
            if (parts++ < READING_PARTS)
              g_string_append_printf (reading, "%s%s %s", reading->len ? ", " : "", esc_text_party_short (party),
                                      range ? range : mark->value_text);
          }
        else
          {
            mark->value_text = g_strdup_printf ("%u", seats);
            if (pending->len > 0)
              {
                /* Translators: "claimed by some sources only; pending: Barinas, Apure". */
                mark->detail = g_strdup_printf (_("claimed by some sources only; pending: %s"), pending_names);
                add_regions (mark, pending);
              }
            else
              mark->detail = g_strdup (_("claimed by some sources only"));
          }
      }

  if (used < total)
    {
      EscChartMark *mark = esc_chart_add_mark (self, NULL);

      mark->seats = total - used;
      mark->value = mark->seats;
      mark->style = ESC_MARK_UNREPORTED;
      mark->label = g_strdup (pending->len > 0 ? _("Pending") : _("Not reported"));
      mark->value_text = g_strdup_printf ("%u", mark->seats);
      mark->detail = g_strdup (pending->len > 0 ? pending_names : _("no source gives these"));
      add_regions (mark, pending);
    }

  g_array_sort (self->marks, compare_seat_marks);
  if (reading->len > 0)
    /* Translators: "Out of 23: Socialist party 18–20, Opposition parties 3." */
    self->reading = g_strdup_printf (_("Out of %u: %s."), total, reading->str);
  else
    self->reading = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Out of %u: no seat is stated by every source.",
                                                  "Out of %u: no seat is stated by every source.", total), total);
  return self;
}

static int
status_rank (EscClaimStatus status)
{
  static const int rank[] = {
    [ESC_STATUS_OFFICIAL] = 0, [ESC_STATUS_REVISED] = 1, [ESC_STATUS_PRELIMINARY] = 2,
    [ESC_STATUS_REPORTED] = 3, [ESC_STATUS_CLAIMED] = 4, [ESC_STATUS_DISPUTED] = 5,
  };

  return rank[status];
}

static int
compare_share_marks (gconstpointer a,
                     gconstpointer b)
{
  const EscChartMark *ma = a, *mb = b;
  int ra = status_rank (esc_claim_get_status (g_ptr_array_index (ma->claims, 0)));
  int rb = status_rank (esc_claim_get_status (g_ptr_array_index (mb->claims, 0)));

  if (ra != rb)
    return ra - rb;
  if (ma->value != mb->value)
    return ma->value < mb->value ? 1 : -1;
  return g_utf8_collate (ma->label, mb->label);
}

/* These charts measure on a 0–100 % axis; a figure in people or votes is shown in words
 * beside it instead of as a bar it cannot be. */
static void
mark_words_unless_percent (EscChartMark *mark,
                           EscClaim     *claim)
{
  if (esc_claim_get_unit (claim) != ESC_UNIT_PERCENT)
    mark->style = ESC_MARK_UNREPORTED;
}

/* One bar per claim: official figures first, largest first, then what others claim.
 * Where two sources give one candidate different shares, both bars are there, each
 * saying whose figure it is. */
static EscChart *
shares_chart (EscElection *election)
{
  g_autoptr(GPtrArray) shares = esc_chart_claims_measuring (election, ESC_MEASURE_VOTE_SHARE);
  g_autoptr(GString) reading = g_string_new (NULL);
  EscChart *self;

  if (shares->len == 0)
    return NULL;

  self = esc_chart_new_empty (election, ESC_CHART_SHARES, "shares");
  self->title = g_strdup (_("Vote shares"));
  self->percent = TRUE;
  for (guint i = 0; i < shares->len; i++)
    {
      EscChartMark *mark = esc_chart_add_claim_mark (self, g_ptr_array_index (shares, i), FALSE);

      mark_words_unless_percent (mark, g_ptr_array_index (shares, i));
    }
  g_array_sort (self->marks, compare_share_marks);

  for (guint i = 0; i < MIN (self->marks->len, READING_PARTS); i++)
    {
      EscChartMark *mark = &g_array_index (self->marks, EscChartMark, i);
      EscClaim *claim = g_ptr_array_index (mark->claims, 0);
      g_autofree char *claimant = esc_text_claimant (claim);

      if (i > 0)
        g_string_append (reading, "; ");
      /* Translators: "Nicolás Maduro 51% (National Electoral Council)". */
      g_string_append_printf (reading, _("%s %s (%s)"), esc_text_party_short (esc_claim_get_subject (claim)),
                              mark->value_text, claimant);
    }
  append_more (reading, self->marks->len);
  self->reading = g_strdup_printf ("%s.", reading->str);
  return self;
}

/* Claims measure the same thing when they share measure, subject, unit and label. */
static char *
measure_key (EscClaim *claim)
{
  const char *no_languages[] = { NULL };
  EscLocalizedText *label = esc_claim_get_label (claim);
  EscParty *subject = esc_claim_get_subject (claim);

  return g_strdup_printf ("%d|%s|%d|%s", esc_claim_get_measure (claim),
                          subject ? esc_party_get_id (subject) : "",
                          esc_claim_get_unit (claim),
                          label ? esc_localized_text_lookup (label, no_languages, NULL) : "");
}

static char *
measure_phrase (EscClaim *claim)
{
  EscParty *subject = esc_claim_get_subject (claim);
  const char *party = esc_text_party (subject);

  switch (esc_claim_get_measure (claim))
    {
    case ESC_MEASURE_OFFICES_WON:
      /* Translators: "Offices won by Socialist party". */
      return g_strdup_printf (_("Offices won by %s"), party);
    case ESC_MEASURE_OFFICES_CONTESTED:
      return g_strdup (_("Offices at stake"));
    case ESC_MEASURE_VOTE_SHARE:
      return g_strdup_printf (_("Vote share of %s"), party);
    case ESC_MEASURE_VOTES:
      return g_strdup_printf (_("Votes for %s"), party);
    case ESC_MEASURE_TURNOUT:
      return g_strdup (_("Turnout"));
    case ESC_MEASURE_ELECTORATE:
      return g_strdup (_("Electorate"));
    case ESC_MEASURE_OTHER:
    default:
      return g_strdup (esc_localized_text_get (esc_claim_get_label (claim)));
    }
}

static gboolean
values_differ (GPtrArray *claims)
{
  EscClaim *first = g_ptr_array_index (claims, 0);

  for (guint i = 1; i < claims->len; i++)
    {
      EscClaim *claim = g_ptr_array_index (claims, i);

      if (esc_claim_get_value (claim) != esc_claim_get_value (first)
          || esc_claim_get_qualifier (claim) != esc_claim_get_qualifier (first))
        return TRUE;
    }
  return FALSE;
}

static int
compare_marks_by_value (gconstpointer a,
                        gconstpointer b)
{
  const EscChartMark *ma = a, *mb = b;

  return ma->value < mb->value ? -1 : ma->value > mb->value ? 1 : 0;
}

/* One dot plot per thing the sources give different figures for. */
static void
add_disagreement_charts (EscElection *election,
                         GPtrArray   *charts)
{
  GPtrArray *claims = esc_election_get_claims (election);
  g_autoptr(GPtrArray) keys = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GHashTable) groups = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                                        (GDestroyNotify) g_ptr_array_unref);
  guint n = 0;

  for (guint i = 0; i < claims->len; i++)
    {
      EscClaim *claim = g_ptr_array_index (claims, i);
      char *key = measure_key (claim);
      GPtrArray *group = g_hash_table_lookup (groups, key);

      if (group == NULL)
        {
          group = g_ptr_array_new ();
          g_ptr_array_add (keys, key);
          g_hash_table_insert (groups, key, group);
        }
      else
        g_free (key);
      g_ptr_array_add (group, claim);
    }

  for (guint k = 0; k < keys->len; k++)
    {
      GPtrArray *group = g_hash_table_lookup (groups, g_ptr_array_index (keys, k));
      g_autofree char *id = NULL;
      g_autofree char *phrase = NULL;
      EscChartMark *low, *high;
      EscChart *self;

      if (group->len < 2 || !values_differ (group))
        continue;

      id = g_strdup_printf ("disagreement-%u", ++n);
      self = esc_chart_new_empty (election, ESC_CHART_DISAGREEMENT, id);
      self->percent = esc_claim_get_unit (g_ptr_array_index (group, 0)) == ESC_UNIT_PERCENT;
      phrase = measure_phrase (g_ptr_array_index (group, 0));
      /* Translators: the title of a chart comparing sources; %s is what they measure. */
      self->title = g_strdup_printf (_("%s: the sources disagree"), phrase);
      for (guint i = 0; i < group->len; i++)
        esc_chart_add_claim_mark (self, g_ptr_array_index (group, i), TRUE);
      g_array_sort (self->marks, compare_marks_by_value);

      low = &g_array_index (self->marks, EscChartMark, 0);
      high = &g_array_index (self->marks, EscChartMark, self->marks->len - 1);
      /* Translators: "From 18 (News report) to 20 (National Electoral Council)." */
      self->reading = g_strdup_printf (_("From %s (%s) to %s (%s)."),
                                       low->value_text, low->label, high->value_text, high->label);
      g_ptr_array_add (charts, self);
    }
}

/* Every turnout figure as a bar on the full 0–100 scale, and the electorate in words. */
static EscChart *
turnout_chart (EscElection *election)
{
  g_autoptr(GPtrArray) turnout = esc_chart_claims_measuring (election, ESC_MEASURE_TURNOUT);
  g_autoptr(GPtrArray) electorate = esc_chart_claims_measuring (election, ESC_MEASURE_ELECTORATE);
  g_autoptr(GString) reading = g_string_new (NULL);
  EscChart *self;

  if (turnout->len == 0 && electorate->len == 0)
    return NULL;

  self = esc_chart_new_empty (election, ESC_CHART_TURNOUT, "turnout");
  self->title = g_strdup (_("Turnout and electorate"));
  self->percent = TRUE;

  for (guint i = 0; i < turnout->len; i++)
    {
      EscChartMark *mark = esc_chart_add_claim_mark (self, g_ptr_array_index (turnout, i), TRUE);

      g_free (mark->label);
      mark->label = g_strdup (_("Turnout"));
      g_free (mark->detail);
      mark->detail = esc_chart_sources_line (g_ptr_array_index (turnout, i));
      mark_words_unless_percent (mark, g_ptr_array_index (turnout, i));
      g_string_append_printf (reading, "%s%s", reading->len ? _(" or ") : "", mark->value_text);
    }

  for (guint i = 0; i < electorate->len; i++)
    {
      EscChartMark *mark = esc_chart_add_claim_mark (self, g_ptr_array_index (electorate, i), TRUE);

      g_free (mark->label);
      mark->label = g_strdup (_("Electorate"));
      g_free (mark->detail);
      mark->detail = esc_chart_sources_line (g_ptr_array_index (electorate, i));
      /* Not a share: drawn as words, not as a bar. */
      mark->style = ESC_MARK_UNREPORTED;
    }

  if (turnout->len > 0 && electorate->len > 0)
    {
      g_autofree char *voters = esc_text_claim_value (g_ptr_array_index (electorate, 0));
      /* Translators: "Turnout: 41.8% or 42.26%, of about 21 million voters." */
      self->reading = g_strdup_printf (_("Turnout: %s, of %s voters."), reading->str, voters);
    }
  else if (turnout->len > 0)
    self->reading = g_strdup_printf (_("Turnout: %s."), reading->str);
  else
    {
      g_autofree char *voters = esc_text_claim_value (g_ptr_array_index (electorate, 0));
      self->reading = g_strdup_printf (_("Electorate: %s voters."), voters);
    }
  return self;
}

/**
 * esc_charts_for_election:
 *
 * Returns: (transfer full) (element-type EscChart): the charts @election's claims call
 *   for, in reading order: seats, shares, each disagreement, turnout
 */
GPtrArray *
esc_charts_for_election (EscElection *election)
{
  GPtrArray *charts = g_ptr_array_new_with_free_func (g_object_unref);
  EscChart *chart;

  g_return_val_if_fail (ESC_IS_ELECTION (election), charts);

  if ((chart = seats_chart (election)) != NULL)
    g_ptr_array_add (charts, chart);
  if ((chart = shares_chart (election)) != NULL)
    g_ptr_array_add (charts, chart);
  add_disagreement_charts (election, charts);
  if ((chart = turnout_chart (election)) != NULL)
    g_ptr_array_add (charts, chart);

  return charts;
}

