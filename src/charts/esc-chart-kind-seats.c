/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What the seat chart holds: every office at stake as a seat, those won in a named
 * region one by one (so that following a region finds its seat), the rest per party;
 * seats some sources grant and others do not, pending and disputed regions, and seats
 * no source accounts for; and a legend that names every party once. */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "esc-chart-private.h"
#include "esc-chart-text.h"

/* More would be dots too small to count, on any screen: such a chamber's figures are
 * listed in words. */
#define MAX_SEATS 1000

/* Parties the reading names before "and N more": a parliament of a dozen parties is
 * named whole. */
#define SEAT_READING_PARTS 12

static const char *
holder_name (EscSeatHolder *holder)
{
  EscParty *party = esc_seat_holder_get_party (holder);

  return party ? esc_text_party (party) : esc_text_bloc (esc_seat_holder_get_bloc (holder));
}

static const char *
holder_short_name (EscSeatHolder *holder)
{
  EscParty *party = esc_seat_holder_get_party (holder);

  return party ? esc_text_party_short (party) : esc_text_bloc (esc_seat_holder_get_bloc (holder));
}

/* The names of @regions, or of those with @outcome only where @outcome is not -1. */
static char *
region_names_with (GPtrArray *regions,
                   int        outcome)
{
  g_autoptr(GString) names = g_string_new (NULL);

  for (guint i = 0; i < regions->len; i++)
    {
      EscRegion *region = g_ptr_array_index (regions, i);

      if (outcome < 0 || (int) esc_region_get_outcome (region) == outcome)
        g_string_append_printf (names, "%s%s", names->len ? ", " : "", esc_region_get_name (region));
    }
  return g_string_free (g_steal_pointer (&names), FALSE);
}

static char *
region_names (GPtrArray *regions)
{
  return region_names_with (regions, -1);
}

/* Where a party's count comes from: each source's figure where they differ
 * ("3 in the regions listed · 4 (News report, reported)"), else who states it. */
static char *
holder_detail (EscSeatHolder *holder)
{
  GPtrArray *claims = esc_seat_holder_get_claims (holder);
  GPtrArray *regions = esc_seat_holder_get_regions (holder);
  g_autoptr(GString) detail = g_string_new (NULL);
  gboolean disputed = esc_seat_holder_is_disputed (holder);

  for (guint i = 0; i < (disputed ? claims->len : MIN (claims->len, 1)); i++)
    {
      EscClaim *claim = g_ptr_array_index (claims, i);
      g_autofree char *value = esc_text_claim_figure (claim);

      g_string_append (detail, detail->len ? " · " : "");
      if (disputed)
        {
          g_autofree char *claimant = esc_text_claimant_short (claim);

          /* Translators: one source's count of a party's seats: "4 (Example Press Agency)". */
          g_string_append_printf (detail, _("%s (%s)"), value, claimant);
        }
      else
        {
          g_autofree char *claimant = esc_text_claimant (claim);

          g_string_append_printf (detail, _("%s · %s"), claimant, esc_text_status (esc_claim_get_status (claim)));
        }
    }
  /* Sources that agree are counted, not listed: their quotes are a click away. */
  if (!disputed && claims->len > 1)
    g_string_append_printf (detail, g_dngettext (GETTEXT_PACKAGE, " (and %u more source)", " (and %u more sources)",
                                                 claims->len - 1), claims->len - 1);
  if (regions->len > 0)
    {
      g_autofree char *names = region_names (regions);

      g_string_append (detail, detail->len ? " · " : "");
      if (disputed && esc_seat_holder_regions_differ (holder))
        /* Translators: a party's seats counted from the regions it won: "3 by the
         * regions (Zulia, Nueva Esparta, Cojedes)". */
        g_string_append_printf (detail, g_dngettext (GETTEXT_PACKAGE, "%u by the regions (%s)",
                                                     "%u by the regions (%s)", regions->len),
                                regions->len, names);
      else
        /* Translators: where a party won: "won in Zulia, Nueva Esparta, Cojedes". */
        g_string_append_printf (detail, _("won in %s"), names);
    }
  if (disputed)
    {
      g_autofree char *sources = g_string_free (g_steal_pointer (&detail), FALSE);

      /* Translators: %s lists what each source says. */
      return g_strdup_printf (_("the sources disagree: %s"), sources);
    }
  return g_string_free (g_steal_pointer (&detail), FALSE);
}

static EscChartMark *
add_holder_mark (EscChart      *self,
                 EscSeatHolder *holder,
                 EscMarkStyle   style,
                 guint          seats)
{
  EscChartMark *mark = esc_chart_add_mark (self, esc_seat_holder_get_party (holder));
  GPtrArray *claims = esc_seat_holder_get_claims (holder);

  mark->has_bloc = TRUE;
  mark->bloc = esc_seat_holder_get_bloc (holder);
  mark->style = style;
  mark->seats = seats;
  mark->value = seats;
  mark->label = g_strdup (holder_name (holder));
  mark->value_text = g_strdup_printf ("%u", seats);
  for (guint i = 0; i < claims->len; i++)
    esc_chart_mark_add_claim (self, mark, g_ptr_array_index (claims, i));
  return mark;
}

/* The seats every source grants: one mark per region won, so that each has its own
 * sources, and one for the rest, which only claims account for. */
static guint
add_solid_seats (EscChart      *self,
                 EscSeatHolder *holder,
                 guint          room)
{
  GPtrArray *regions = esc_seat_holder_get_regions (holder);
  guint solid = (guint) MIN (esc_seat_holder_get_low (holder), (double) room);
  guint by_region = MIN (regions->len, solid);

  for (guint i = 0; i < by_region; i++)
    {
      EscRegion *region = g_ptr_array_index (regions, i);
      EscChartMark *mark = add_holder_mark (self, holder, ESC_MARK_SOLID, 1);

      g_free (mark->label);
      mark->label = g_strdup (esc_region_get_name (region));
      g_free (mark->value_text);
      mark->value_text = g_strdup (holder_name (holder));
      mark->detail = g_strdup (esc_text_region_outcome (ESC_OUTCOME_WON));
      esc_chart_mark_add_region (self, mark, region);
    }
  if (solid > by_region)
    add_holder_mark (self, holder, ESC_MARK_SOLID, solid - by_region)->detail = holder_detail (holder);
  return solid;
}

/* The seats some sources grant and others do not. */
static guint
add_doubtful_seats (EscChart      *self,
                    EscSeatHolder *holder,
                    guint          room)
{
  guint doubt = (guint) MIN (esc_seat_holder_get_high (holder) - esc_seat_holder_get_low (holder), (double) room);
  EscChartMark *mark;

  if (doubt == 0)
    return 0;
  mark = add_holder_mark (self, holder, ESC_MARK_IN_DOUBT, doubt);
  mark->detail = g_strdup (_("claimed by some sources only"));
  if (esc_seat_holder_regions_differ (holder))
    for (guint i = 0; i < esc_seat_holder_get_regions (holder)->len; i++)
      esc_chart_mark_add_region (self, mark, g_ptr_array_index (esc_seat_holder_get_regions (holder), i));
  return doubt;
}

static const char *
outcome_name (EscRegion *region)
{
  return esc_region_get_outcome (region) == ESC_OUTCOME_DISPUTED ? _("Disputed") : _("Pending");
}

/* A pending or disputed region is an office no one holds yet: a seat of its own. */
static void
add_unsettled_seat (EscChart  *self,
                    EscRegion *region)
{
  EscChartMark *mark = esc_chart_add_mark (self, NULL);

  mark->style = ESC_MARK_UNREPORTED;
  mark->seats = 1;
  mark->value = 1;
  mark->label = g_strdup (esc_region_get_name (region));
  mark->value_text = g_strdup (outcome_name (region));
  mark->detail = g_strdup (esc_region_get_outcome (region) == ESC_OUTCOME_DISPUTED ? _("the result is disputed")
                                                                                   : _("the result is pending"));
  esc_chart_mark_add_region (self, mark, region);
}

/* Left to right in the hemicycle: the government, its seats in doubt, others, seats no
 * one holds yet, the opposition's seats in doubt, the opposition: doubt sits where the
 * blocs meet, as contested ground. */
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

static guint
add_seats (EscChart   *self,
           EscFigures *figures)
{
  GPtrArray *holders = esc_figures_get_seat_holders (figures);
  GPtrArray *unsettled = esc_figures_get_unsettled_regions (figures);
  guint used = 0;

  /* Solid seats first, so that they are granted before seats in doubt. */
  for (guint i = 0; i < holders->len; i++)
    used += add_solid_seats (self, g_ptr_array_index (holders, i), self->total_seats - used);
  for (guint i = 0; i < holders->len; i++)
    used += add_doubtful_seats (self, g_ptr_array_index (holders, i), self->total_seats - used);
  for (guint i = 0; i < unsettled->len && used < self->total_seats; i++, used++)
    add_unsettled_seat (self, g_ptr_array_index (unsettled, i));
  if (used < self->total_seats)
    {
      EscChartMark *mark = esc_chart_add_mark (self, NULL);

      mark->seats = self->total_seats - used;
      mark->value = mark->seats;
      mark->style = ESC_MARK_UNREPORTED;
      mark->label = g_strdup (_("Not reported"));
      mark->value_text = g_strdup_printf ("%u", mark->seats);
      mark->detail = g_strdup (_("no source gives these"));
    }
  g_array_sort (self->marks, compare_seat_marks);
  return used;
}

/* Which legend entry a mark belongs to: its party's (or bloc's) solid or doubtful
 * seats, the pending or the disputed regions, or the unreported rest. */
static gboolean
same_entry (const EscChartMark *a,
            const EscChartMark *b)
{
  if (a->style != b->style)
    return FALSE;
  if (a->style != ESC_MARK_UNREPORTED)
    return a->party == b->party && a->bloc == b->bloc;
  if (a->regions->len == 0 || b->regions->len == 0)
    return a->regions->len == b->regions->len;
  return esc_region_get_outcome (g_ptr_array_index (a->regions, 0))
         == esc_region_get_outcome (g_ptr_array_index (b->regions, 0));
}

static EscSeatHolder *
holder_of (EscFigures         *figures,
           const EscChartMark *mark)
{
  GPtrArray *holders = esc_figures_get_seat_holders (figures);

  for (guint i = 0; i < holders->len; i++)
    {
      EscSeatHolder *holder = g_ptr_array_index (holders, i);

      if (esc_seat_holder_get_party (holder) == mark->party && esc_seat_holder_get_bloc (holder) == mark->bloc)
        return holder;
    }
  return NULL;
}

static void
add_legend_entry (EscChart   *self,
                  EscFigures *figures,
                  guint       first,
                  guint       seats)
{
  EscChartMark *mark = &g_array_index (self->marks, EscChartMark, first);
  EscSeatHolder *holder = mark->style != ESC_MARK_UNREPORTED ? holder_of (figures, mark) : NULL;
  g_autoptr(GPtrArray) regions = g_ptr_array_new ();
  char *label, *detail;

  if (holder != NULL)
    {
      label = g_strdup (holder_name (holder));
      detail = mark->style == ESC_MARK_SOLID ? holder_detail (holder) : g_strdup (mark->detail);
    }
  else if (mark->regions->len > 0)
    {
      for (guint m = first; m < self->marks->len; m++)
        if (same_entry (mark, &g_array_index (self->marks, EscChartMark, m)))
          g_ptr_array_add (regions, g_ptr_array_index (g_array_index (self->marks, EscChartMark, m).regions, 0));
      label = g_strdup (outcome_name (g_ptr_array_index (mark->regions, 0)));
      detail = region_names (regions);
    }
  else
    {
      label = g_strdup (mark->label);
      detail = g_strdup (mark->detail);
    }
  esc_chart_add_legend_entry (self, label, detail, g_strdup_printf ("%u", seats), first);
}

/* One entry per party's solid seats, per party's seats in doubt, for the pending and
 * the disputed regions and for the rest, in hemicycle order. */
static void
add_legend (EscChart   *self,
            EscFigures *figures)
{
  g_autoptr(GArray) done = g_array_new (FALSE, TRUE, sizeof (gboolean));

  g_array_set_size (done, self->marks->len);
  for (guint m = 0; m < self->marks->len; m++)
    {
      EscChartMark *mark = &g_array_index (self->marks, EscChartMark, m);
      guint seats = 0;

      if (g_array_index (done, gboolean, m))
        continue;
      for (guint k = m; k < self->marks->len; k++)
        if (same_entry (mark, &g_array_index (self->marks, EscChartMark, k)))
          {
            g_array_index (done, gboolean, k) = TRUE;
            g_array_index (self->marks, EscChartMark, k).entry = self->legend->len;
            seats += g_array_index (self->marks, EscChartMark, k).seats;
          }
      add_legend_entry (self, figures, m, seats);
    }
}

static int
compare_holders_by_seats (gconstpointer a,
                          gconstpointer b)
{
  double la = esc_seat_holder_get_low (*(EscSeatHolder **) a), lb = esc_seat_holder_get_low (*(EscSeatHolder **) b);
  double ha = esc_seat_holder_get_high (*(EscSeatHolder **) a), hb = esc_seat_holder_get_high (*(EscSeatHolder **) b);

  if (la != lb)
    return la < lb ? 1 : -1;
  return ha < hb ? 1 : ha > hb ? -1 : 0;
}

/* "Out of 230: AD 80, PS 78, CH 50, IL 8, BE 5, CDU 4, L 4, PAN 1; pending: Açores." —
 * every party that won anything, largest first, by its short name; past a dozen, how
 * many more the legend names, so that the reading stays a few lines on a slide. */
static char *
seats_reading (EscChart   *self,
               EscFigures *figures)
{
  g_autoptr(GPtrArray) holders = g_ptr_array_new ();
  GPtrArray *unsettled = esc_figures_get_unsettled_regions (figures);
  g_autoptr(GString) parts = g_string_new (NULL);
  guint named = 0;

  /* A copy without a free function: the figures keep the holders. */
  g_ptr_array_extend (holders, esc_figures_get_seat_holders (figures), NULL, NULL);
  g_ptr_array_sort (holders, compare_holders_by_seats);
  for (guint i = 0; i < holders->len; i++)
    {
      EscSeatHolder *holder = g_ptr_array_index (holders, i);
      double low = esc_seat_holder_get_low (holder), high = esc_seat_holder_get_high (holder);

      if (high == 0)
        continue;
      if (++named > SEAT_READING_PARTS)
        continue;
      g_string_append_printf (parts, "%s%s ", parts->len ? ", " : "", holder_short_name (holder));
      if (high > low)
        g_string_append_printf (parts, "%.0f–%.0f", low, high);
      else
        {
          g_autofree char *count = g_strdup_printf ("%.0f", low);
          g_autofree char *bounded = esc_text_qualified (esc_seat_holder_get_qualifier (holder), count);

          g_string_append (parts, bounded);
        }
    }
  esc_chart_append_more (parts, named, SEAT_READING_PARTS);
  if (unsettled->len > 0)
    {
      g_autofree char *pending = region_names_with (unsettled, ESC_OUTCOME_PENDING);
      g_autofree char *disputed = region_names_with (unsettled, ESC_OUTCOME_DISPUTED);

      if (pending[0] != '\0')
        /* Translators: appended to a list of seats: "; pending: Barinas, Apure". */
        g_string_append_printf (parts, _("; pending: %s"), pending);
      if (disputed[0] != '\0')
        /* Translators: appended to a list of seats: "; disputed: Campeche". */
        g_string_append_printf (parts, _("; disputed: %s"), disputed);
    }
  if (parts->len == 0)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Out of %u: no source gives any party a seat.",
                                         "Out of %u: no source gives any party a seat.", self->offices),
                            self->offices);
  if (self->total_seats > self->offices)
    /* Translators: "Out of 23: Socialist party 20, Opposition parties 5; the sources
     * give 25 seats in all." */
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Out of %u: %s; the sources give %u seats in all.",
                                         "Out of %u: %s; the sources give %u seats in all.", self->total_seats),
                            self->offices, parts->str, self->total_seats);
  /* Translators: "Out of 23: Socialist party 18–20, Opposition parties 3." */
  return g_strdup_printf (_("Out of %u: %s."), self->offices, parts->str);
}

/* The claims of offices at stake are drawn as the chart's total, those of offices won
 * as the seats. */
static void
draw_totals (EscChart   *self,
             EscFigures *figures)
{
  GPtrArray *all = esc_figures_get_all (figures);

  for (guint f = 0; f < all->len; f++)
    {
      EscFigure *figure = g_ptr_array_index (all, f);
      GPtrArray *current = esc_figure_get_current (figure);

      if (esc_figure_counts_seats (figure))
        for (guint i = 0; i < current->len; i++)
          esc_chart_draws (self, g_ptr_array_index (current, i));
    }
}

/* The seats every source grants, which are drawn even where they add up to more than
 * the offices at stake: the reading then says so, rather than dropping some. */
static double
granted_seats (EscFigures *figures)
{
  GPtrArray *holders = esc_figures_get_seat_holders (figures);
  double granted = 0;

  for (guint i = 0; i < holders->len; i++)
    granted += esc_seat_holder_get_low (g_ptr_array_index (holders, i));
  return granted;
}

/* NULL when nothing says how many offices were at stake, or who won any, or when there
 * are more seats than can be drawn: their figures are then listed in words. */
EscChart *
esc_chart_seats_new (EscElection *election,
                     EscFigures  *figures)
{
  double total = esc_figures_get_total_seats (figures);
  double drawn = MAX (total, granted_seats (figures));
  g_autofree char *source = NULL;
  EscChart *self;

  if (esc_figures_get_seat_holders (figures)->len == 0 || total < 1 || !(drawn <= MAX_SEATS))
    return NULL;

  self = esc_chart_new_empty (election, ESC_CHART_SEATS, "seats");
  self->offices = (guint) total;
  self->total_seats = (guint) drawn;
  self->title = g_strdup (_("Offices won"));
  add_seats (self, figures);
  add_legend (self, figures);
  draw_totals (self, figures);
  self->reading = seats_reading (self, figures);
  source = esc_chart_take_common_detail (self->legend, sizeof (EscChartLegendEntry),
                                         G_STRUCT_OFFSET (EscChartLegendEntry, detail), 3);
  if (source != NULL)
    esc_chart_say_source (self, source);
  return self;
}
