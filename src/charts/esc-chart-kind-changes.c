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

/* "28.0% (official, 20 March 2024)", naming the claimant where it is not the one
 * before it: "27.8% (Ministry, preliminary, 10 March 2024, 22:40, 98.2% counted)". */
static void
append_step (GString  *detail,
             EscClaim *claim,
             EscClaim *previous)
{
  g_autofree char *value = esc_text_claim_value (claim);
  g_autofree char *when = esc_text_moment (esc_claim_get_published (claim));
  g_autoptr(GString) about = g_string_new (NULL);
  double counted;
  guint decimals;

  if (previous == NULL || !esc_claimant_equal (esc_claim_get_claimant (previous), esc_claim_get_claimant (claim)))
    {
      g_autofree char *claimant = esc_text_claimant (claim);

      g_string_append_printf (about, "%s, ", claimant);
    }
  g_string_append (about, esc_text_status (esc_claim_get_status (claim)));
  if (when != NULL)
    g_string_append_printf (about, ", %s", when);
  if (esc_claim_get_counted (claim, &counted, &decimals))
    {
      g_autofree char *share = esc_text_number (counted, ESC_UNIT_PERCENT, decimals);

      g_string_append (about, ", ");
      /* Translators: how much of the count a figure covered: "80% counted". */
      g_string_append_printf (about, _("%s counted"), share);
    }
  if (previous != NULL)
    g_string_append (detail, " → ");
  g_string_append_printf (detail, _("%s (%s)"), value, about->str);
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
  g_autoptr(GString) detail = g_string_new (NULL);

  mark->label = change_label (figure);
  mark->value = esc_claim_get_value (latest) - esc_claim_get_value (first);
  mark->value_text = esc_text_change (mark->value, esc_figure_get_unit (figure),
                                      MAX (esc_claim_get_decimals (first), esc_claim_get_decimals (latest)));
  if (esc_figure_get_unit (figure) != axis_unit)
    mark->style = ESC_MARK_UNREPORTED;
  for (guint i = 0; i < sequence->len; i++)
    {
      EscClaim *claim = g_ptr_array_index (sequence, i);

      append_step (detail, claim, i > 0 ? g_ptr_array_index (sequence, i - 1) : NULL);
      esc_chart_mark_add_claim (self, mark, claim);
      /* The counts that stand are drawn on their own cards; this one shows what they
       * replaced. */
      if (!esc_figure_is_current (figure, claim))
        esc_chart_draws (self, claim);
    }
  mark->detail = g_string_free (g_steal_pointer (&detail), FALSE);
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

/* "10 March 2024 to 20 March 2024: " where every change spans the same two moments. */
static char *
common_span (EscChart *self)
{
  const char *from = NULL, *to = NULL;

  for (guint m = 0; m < self->marks->len; m++)
    {
      GPtrArray *claims = g_array_index (self->marks, EscChartMark, m).claims;
      const char *first = esc_claim_get_published (g_ptr_array_index (claims, 0));
      const char *last = esc_claim_get_published (g_ptr_array_index (claims, claims->len - 1));

      if (first == NULL || last == NULL || (from != NULL && (g_strcmp0 (from, first) != 0 || g_strcmp0 (to, last) != 0)))
        return NULL;
      from = first;
      to = last;
    }
  if (from != NULL)
    {
      g_autofree char *start = esc_text_moment (from);
      g_autofree char *end = esc_text_moment (to);

      /* Translators: the start of a reading: "From 10 March 2024 to 20 March 2024: ". */
      return g_strdup_printf (_("From %s to %s: "), start, end);
    }
  return NULL;
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

/* The largest changes first: "AD · vote share +0.2 points; Turnout +0.4 points". */
static char *
changes_reading (EscChart *self)
{
  g_autoptr(GPtrArray) marks = g_ptr_array_new ();
  g_autoptr(GString) reading = g_string_new (NULL);
  g_autofree char *span = common_span (self);

  for (guint m = 0; m < self->marks->len; m++)
    g_ptr_array_add (marks, &g_array_index (self->marks, EscChartMark, m));
  g_ptr_array_sort (marks, compare_by_size);
  for (guint i = 0; i < MIN (marks->len, ESC_CHART_READING_PARTS); i++)
    {
      EscChartMark *mark = g_ptr_array_index (marks, i);

      g_string_append_printf (reading, "%s%s %s", i > 0 ? "; " : "", mark->label, mark->value_text);
    }
  esc_chart_append_more (reading, marks->len);
  return g_strdup_printf ("%s%s.", span ? span : "", reading->str);
}

/* NULL when no count changed. */
EscChart *
esc_chart_changes_new (EscElection *election,
                       EscFigures  *figures)
{
  GPtrArray *all = esc_figures_get_all (figures);
  g_autoptr(GPtrArray) changed = g_ptr_array_new ();
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
  /* Rows on the axis first, then those in other units, in words. */
  for (guint pass = 0; pass < 2; pass++)
    for (guint f = 0; f < changed->len; f++)
      {
        EscFigure *figure = g_ptr_array_index (changed, f);
        GPtrArray *updates = esc_figure_get_updates (figure);

        if ((esc_figure_get_unit (figure) == unit) == (pass == 0))
          for (guint u = 0; u < updates->len; u++)
            add_change (self, figure, g_ptr_array_index (updates, u), unit);
      }
  self->reading = changes_reading (self);
  return self;
}
