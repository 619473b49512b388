/* SPDX-License-Identifier: GPL-3.0-or-later */
/* How the count changed: every figure that one claimant (or the election's
 * authorities) published more than once, as the change from its first to its latest
 * publication, with each step and when it came. A count that moves is not sources that
 * disagree, so these never go to a disagreement chart. */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "esc-chart-private.h"
#include "esc-chart-text.h"

static char *
change_label (EscFigure *figure)
{
  const char *party = esc_text_party_short (esc_figure_get_subject (figure));

  switch (esc_figure_get_measure (figure))
    {
    case ESC_MEASURE_VOTE_SHARE:
      /* Translators: a row of the chart of how a count changed: "AD · vote share". */
      return g_strdup_printf (_("%s · vote share"), party);
    case ESC_MEASURE_VOTES:
      return g_strdup_printf (_("%s · votes"), party);
    case ESC_MEASURE_OFFICES_WON:
      return g_strdup_printf (_("%s · offices won"), party);
    default:
      return esc_chart_figure_phrase (figure);
    }
}

/* "80% counted", or NULL where the source does not say. */
static char *
counted_text (EscClaim *claim)
{
  g_autofree char *share = NULL;
  double counted;
  guint decimals;

  if (!esc_claim_get_counted (claim, &counted, &decimals))
    return NULL;
  share = esc_text_number (counted, ESC_UNIT_PERCENT, decimals);
  /* Translators: how much of the count a figure covered: "80% counted". */
  return g_strdup_printf (_("%s counted"), share);
}

/* Who published a figure and when: "Ministry of Internal Administration, preliminary,
 * 10 March 2024, 22:40, 98.2% counted". */
static char *
step_context (EscClaim *claim,
              gboolean  with_status,
              gboolean  with_counted)
{
  g_autofree char *claimant = esc_text_claimant_short (claim);
  g_autofree char *when = esc_text_moment (esc_claim_get_published (claim));
  g_autofree char *counted = with_counted ? counted_text (claim) : NULL;
  GString *about = g_string_new (claimant);

  if (with_status)
    g_string_append_printf (about, ", %s", esc_text_status (esc_claim_get_status (claim)));
  if (when != NULL)
    g_string_append_printf (about, ", %s", when);
  if (counted != NULL)
    g_string_append_printf (about, ", %s", counted);
  return g_string_free (about, FALSE);
}

/* "80% counted → 96.87% counted": what a row's steps covered, where they say. */
static char *
counted_steps (GPtrArray *claims)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < claims->len; i++)
    {
      g_autofree char *counted = counted_text (g_ptr_array_index (claims, i));

      if (counted != NULL)
        g_string_append_printf (text, "%s%s", text->len ? " → " : "", counted);
    }
  return g_string_free (text, FALSE);
}

/* Each step with its figure: "20 of 23 (CNE, preliminary) → at least 18 of 23 (CNE,
 * revised)". */
static char *
steps_text (GPtrArray *sequence)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < sequence->len; i++)
    {
      EscClaim *claim = g_ptr_array_index (sequence, i);
      g_autofree char *value = esc_text_claim_value (claim);
      g_autofree char *context = step_context (claim, TRUE, TRUE);

      if (i > 0)
        g_string_append (text, " → ");
      g_string_append_printf (text, _("%s (%s)"), value, context);
    }
  return g_string_free (text, FALSE);
}

/* The grid's columns: shares (and turnout), offices, votes (and the electorate), and
 * anything else. */
typedef enum {
  COLUMN_SHARES,
  COLUMN_OFFICES,
  COLUMN_VOTES,
  COLUMN_OTHER,
  N_COLUMNS,
} Column;

static Column
column_of (EscFigure *figure)
{
  switch (esc_figure_get_measure (figure))
    {
    case ESC_MEASURE_VOTE_SHARE:
    case ESC_MEASURE_TURNOUT:
      return COLUMN_SHARES;
    case ESC_MEASURE_OFFICES_WON:
    case ESC_MEASURE_OFFICES_CONTESTED:
      return COLUMN_OFFICES;
    case ESC_MEASURE_VOTES:
    case ESC_MEASURE_ELECTORATE:
      return COLUMN_VOTES;
    case ESC_MEASURE_OTHER:
    default:
      return COLUMN_OTHER;
    }
}

static const char *
column_heading (Column column)
{
  switch (column)
    {
    case COLUMN_SHARES:
      return _("Vote share");
    case COLUMN_OFFICES:
      return _("Offices won");
    case COLUMN_VOTES:
      return _("Votes");
    case COLUMN_OTHER:
    default:
      return _("Other figures");
    }
}

static void
add_change (EscChart  *self,
            EscFigure *figure,
            GPtrArray *sequence,
            EscUnit    axis_unit)
{
  EscClaim *first = g_ptr_array_index (sequence, 0);
  EscClaim *latest = g_ptr_array_index (sequence, sequence->len - 1);
  EscChartMark *mark = esc_chart_add_mark (self, esc_figure_get_subject (figure));
  g_autofree char *from = esc_text_claim_figure (first);
  g_autofree char *to = esc_text_claim_figure (latest);
  g_autofree char *change = NULL;

  mark->label = change_label (figure);
  mark->value = esc_claim_get_value (latest) - esc_claim_get_value (first);
  change = esc_text_change (mark->value, esc_figure_get_unit (figure),
                            MAX (esc_claim_get_decimals (first), esc_claim_get_decimals (latest)));
  /* Translators: a count that changed: "28.8% → 28.83% (+0.03 points)". */
  mark->value_text = g_strdup_printf (_("%s → %s (%s)"), from, to, change);
  mark->detail = steps_text (sequence);
  if (esc_figure_get_unit (figure) != axis_unit)
    mark->style = ESC_MARK_UNREPORTED;
  for (guint i = 0; i < sequence->len; i++)
    {
      EscClaim *claim = g_ptr_array_index (sequence, i);

      esc_chart_mark_add_claim (self, mark, claim);
      /* The counts that stand are drawn on their own cards; this one shows what they
       * replaced. */
      if (!esc_figure_is_current (figure, claim))
        esc_chart_draws (self, claim);
    }
}

/* The unit most changes are in, percentage points before anything else: the axis. */
static EscUnit
axis_unit (GPtrArray *changed)
{
  guint counts[ESC_UNIT_YEARS + 1] = { 0 };
  EscUnit best = ESC_UNIT_PERCENT;

  for (guint i = 0; i < changed->len; i++)
    counts[esc_figure_get_unit (g_ptr_array_index (changed, i))]++;
  for (EscUnit unit = 0; unit <= ESC_UNIT_YEARS; unit++)
    if (counts[unit] > counts[best])
      best = unit;
  return best;
}

/* Whether every row compares the same two publications, told apart by who, what and
 * when; @with_counted: and the same share of the count. */
static gboolean
same_span (EscChart *self,
           gboolean  with_counted)
{
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;

  for (guint m = 0; m < self->marks->len; m++)
    {
      GPtrArray *claims = g_array_index (self->marks, EscChartMark, m).claims;
      g_autofree char *first = step_context (g_ptr_array_index (claims, 0), TRUE, with_counted);
      g_autofree char *last = step_context (g_ptr_array_index (claims, claims->len - 1), TRUE, with_counted);

      if (claims->len != 2 || (from != NULL && (!g_str_equal (from, first) || !g_str_equal (to, last))))
        return FALSE;
      g_free (from);
      g_free (to);
      from = g_steal_pointer (&first);
      to = g_steal_pointer (&last);
    }
  return TRUE;
}

/* "From (Ministry, preliminary, 10 March 2024) to (Commission, official, 20 March
 * 2024): " where every row compares those two publications. */
static char *
common_span (EscChart *self,
             gboolean  with_counted)
{
  GPtrArray *claims = g_array_index (self->marks, EscChartMark, 0).claims;
  EscClaim *first = g_ptr_array_index (claims, 0), *last = g_ptr_array_index (claims, claims->len - 1);
  g_autofree char *from = step_context (first, FALSE, with_counted);
  g_autofree char *to = step_context (last, FALSE, with_counted);

  /* Translators: the start of a reading: "From preliminary (Ministry, 10 March 2024)
   * to official (Commission, 20 March 2024): "; %s are a status and where it comes from. */
  return g_strdup_printf (_("From %s (%s) to %s (%s): "), esc_text_status (esc_claim_get_status (first)), from,
                          esc_text_status (esc_claim_get_status (last)), to);
}

static int
compare_by_size (gconstpointer a,
                 gconstpointer b)
{
  const EscChartMark *ma = *(const EscChartMark **) a, *mb = *(const EscChartMark **) b;

  if ((ma->style == ESC_MARK_UNREPORTED) != (mb->style == ESC_MARK_UNREPORTED))
    return ma->style == ESC_MARK_UNREPORTED ? 1 : -1;
  return fabs (ma->value) < fabs (mb->value) ? 1 : fabs (ma->value) > fabs (mb->value) ? -1 : 0;
}

/* Without a common span, the largest changes: "Turnout 66.2% → 59.9% (−6.3 points);
 * …". With one, the span, how many changed, and the largest. */
static char *
changes_reading (EscChart   *self,
                 const char *span)
{
  g_autoptr(GPtrArray) marks = g_ptr_array_new ();
  g_autoptr(GString) reading = g_string_new (span);
  guint changed = 0;

  for (guint m = 0; m < self->marks->len; m++)
    {
      g_ptr_array_add (marks, &g_array_index (self->marks, EscChartMark, m));
      changed += g_array_index (self->marks, EscChartMark, m).value != 0;
    }
  g_ptr_array_sort (marks, compare_by_size);
  if (span != NULL)
    {
      EscChartMark *largest = g_ptr_array_index (marks, 0);

      /* Translators: "8 of 17 figures changed; the largest: Turnout 66.2% → 59.9% (−6.3 points)". */
      g_string_append_printf (reading, g_dngettext (GETTEXT_PACKAGE, "%u of %u figure changed; the largest: %s %s.",
                                                    "%u of %u figures changed; the largest: %s %s.", marks->len),
                              changed, marks->len, largest->label, largest->value_text);
      return g_string_free (g_steal_pointer (&reading), FALSE);
    }
  for (guint i = 0; i < MIN (marks->len, ESC_CHART_READING_PARTS); i++)
    {
      EscChartMark *mark = g_ptr_array_index (marks, i);

      g_string_append_printf (reading, "%s%s %s", i > 0 ? "; " : "", mark->label, mark->value_text);
    }
  esc_chart_append_more (reading, marks->len, ESC_CHART_READING_PARTS);
  g_string_append_c (reading, '.');
  return g_string_free (g_steal_pointer (&reading), FALSE);
}

/* Whether @figure belongs in grid row @row: a party's row, or a row of its own for a
 * figure of the whole election (turnout, another figure). */
static gboolean
in_row (EscFigure *figure,
        EscParty  *party,
        EscFigure *whole)
{
  return party != NULL ? esc_figure_get_subject (figure) == party : figure == whole;
}

static void
add_row (EscChart  *self,
         GPtrArray *changed,
         EscParty  *party,
         EscFigure *whole,
         EscUnit    unit)
{
  gboolean any = FALSE;

  for (Column column = 0; column < N_COLUMNS; column++)
    for (guint f = 0; f < changed->len; f++)
      {
        EscFigure *figure = g_ptr_array_index (changed, f);
        GPtrArray *updates = esc_figure_get_updates (figure);

        if (column_of (figure) != column || !in_row (figure, party, whole))
          continue;
        for (guint u = 0; u < updates->len; u++)
          {
            add_change (self, figure, g_ptr_array_index (updates, u), unit);
            g_array_index (self->marks, EscChartMark, self->marks->len - 1).grid_row = self->grid_rows->len;
            g_array_index (self->marks, EscChartMark, self->marks->len - 1).grid_column = column;
          }
        any = TRUE;
      }
  if (any)
    g_ptr_array_add (self->grid_rows, party != NULL ? g_strdup (esc_text_party_short (party))
                                                    : esc_chart_figure_phrase (whole));
}

/* Columns numbered as present, in the order of Column, with their headings. */
static void
number_columns (EscChart *self)
{
  int number[N_COLUMNS];
  guint n = 0;

  for (Column column = 0; column < N_COLUMNS; column++)
    {
      number[column] = -1;
      for (guint m = 0; m < self->marks->len && number[column] < 0; m++)
        if (g_array_index (self->marks, EscChartMark, m).grid_column == column)
          {
            number[column] = n++;
            g_ptr_array_add (self->grid_columns, g_strdup (column_heading (column)));
          }
    }
  for (guint m = 0; m < self->marks->len; m++)
    {
      EscChartMark *mark = &g_array_index (self->marks, EscChartMark, m);

      mark->grid_column = number[mark->grid_column];
    }
}

/* A row per party in the dataset's order, then one per figure of the whole election;
 * a column per kind of measure: each cell one count that changed. */
static void
add_grid (EscChart    *self,
          EscElection *election,
          GPtrArray   *changed,
          EscUnit      unit)
{
  GPtrArray *parties = esc_election_get_parties (election);

  for (guint p = 0; p < parties->len; p++)
    add_row (self, changed, g_ptr_array_index (parties, p), NULL, unit);
  for (guint f = 0; f < changed->len; f++)
    if (esc_figure_get_subject (g_ptr_array_index (changed, f)) == NULL)
      add_row (self, changed, NULL, g_ptr_array_index (changed, f), unit);
  number_columns (self);
}

/* Whether no two changes share a cell: a party's share counted by two claimants, or two
 * other figures of one party, would. */
static gboolean
cells_distinct (EscChart *self)
{
  g_autoptr(GHashTable) taken = g_hash_table_new (NULL, NULL);

  for (guint m = 0; m < self->marks->len; m++)
    {
      EscChartMark *mark = &g_array_index (self->marks, EscChartMark, m);
      guint cell = mark->grid_row * N_COLUMNS + mark->grid_column + 1;

      if (!g_hash_table_add (taken, GUINT_TO_POINTER (cell)))
        return FALSE;
    }
  return TRUE;
}

/* NULL when no count changed. */
EscChart *
esc_chart_changes_new (EscElection *election,
                       EscFigures  *figures)
{
  GPtrArray *all = esc_figures_get_all (figures);
  g_autoptr(GPtrArray) changed = g_ptr_array_new ();
  g_autofree char *span = NULL;
  EscChart *self;
  EscUnit unit;

  for (guint f = 0; f < all->len; f++)
    if (esc_figure_get_updates (g_ptr_array_index (all, f))->len > 0)
      g_ptr_array_add (changed, g_ptr_array_index (all, f));
  if (changed->len == 0)
    return NULL;

  self = esc_chart_new_empty (election, ESC_CHART_CHANGES, "count-changes");
  self->title = g_strdup (_("How the count changed"));
  unit = axis_unit (changed);
  self->unit = unit;
  self->percent = unit == ESC_UNIT_PERCENT;
  add_grid (self, election, changed, unit);
  /* A list, where each change has its own line and label, rather than a grid whose
   * cells would overlap. */
  if (!cells_distinct (self))
    g_ptr_array_set_size (self->grid_columns, 0);

  if (same_span (self, FALSE))
    {
      gboolean counted_too = same_span (self, TRUE);

      span = common_span (self, counted_too);
      /* The reading says which two publications every row compares; the rows need not
       * repeat it, only how much each counted where that differs: one line each, so
       * that dozens fit a slide. */
      for (guint m = 0; m < self->marks->len; m++)
        {
          EscChartMark *mark = &g_array_index (self->marks, EscChartMark, m);

          g_free (mark->detail);
          mark->detail = counted_too ? g_strdup ("") : counted_steps (mark->claims);
        }
    }
  self->reading = changes_reading (self, span);
  return self;
}
