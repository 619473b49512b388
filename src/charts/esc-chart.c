/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The chart object: its marks, their words, the articles behind them. Which charts an
 * election calls for is esc-chart-kinds.c; geometry is esc-chart-layout.c. */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "esc-article.h"
#include "esc-chart-private.h"
#include "esc-chart-text.h"
#include "esc-tally-text.h"
#include "esc-party-colors.h"

G_DEFINE_FINAL_TYPE_WITH_CODE (EscChart, esc_chart, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (ESC_TYPE_DRAWING, esc_chart_drawing_init))

int
esc_compare_doubles (gconstpointer a,
                     gconstpointer b)
{
  double da = *(const double *) a, db = *(const double *) b;

  return da < db ? -1 : da > db;
}

static void
mark_clear (gpointer data)
{
  EscChartMark *mark = data;

  g_free (mark->label);
  g_free (mark->detail);
  g_free (mark->value_text);
  g_clear_object (&mark->party);
  g_clear_pointer (&mark->claims, g_ptr_array_unref);
  g_clear_pointer (&mark->regions, g_ptr_array_unref);
}

static void
legend_entry_clear (gpointer data)
{
  EscChartLegendEntry *entry = data;

  g_free (entry->label);
  g_free (entry->detail);
  g_free (entry->value_text);
}

static void
esc_chart_finalize (GObject *object)
{
  EscChart *self = ESC_CHART (object);

  g_free (self->id);
  g_free (self->title);
  g_free (self->reading);
  g_clear_object (&self->election);
  g_array_unref (self->marks);
  g_array_unref (self->legend);
  g_ptr_array_unref (self->claims);
  g_hash_table_unref (self->drawn);
  g_ptr_array_unref (self->grid_rows);
  g_ptr_array_unref (self->grid_columns);
  g_ptr_array_unref (self->articles);
  g_ptr_array_unref (self->tallies);
  for (guint i = 0; i < G_N_ELEMENTS (self->party_colors); i++)
    g_free (self->party_colors[i]);

  G_OBJECT_CLASS (esc_chart_parent_class)->finalize (object);
}

static void
esc_chart_class_init (EscChartClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = esc_chart_finalize;
}

static void
esc_chart_init (EscChart *self)
{
  self->marks = g_array_new (FALSE, TRUE, sizeof (EscChartMark));
  g_array_set_clear_func (self->marks, mark_clear);
  self->legend = g_array_new (FALSE, TRUE, sizeof (EscChartLegendEntry));
  g_array_set_clear_func (self->legend, legend_entry_clear);
  self->claims = g_ptr_array_new_with_free_func (g_object_unref);
  self->drawn = g_hash_table_new (NULL, NULL);
  self->grid_rows = g_ptr_array_new_with_free_func (g_free);
  self->grid_columns = g_ptr_array_new_with_free_func (g_free);
  self->articles = g_ptr_array_new_with_free_func (g_object_unref);
  self->tallies = g_ptr_array_new_with_free_func (g_object_unref);
}

EscChart *
esc_chart_new_empty (EscElection  *election,
           EscChartKind  kind,
           const char   *id)
{
  EscChart *self = g_object_new (ESC_TYPE_CHART, NULL);

  self->election = g_object_ref (election);
  self->kind = kind;
  self->id = g_strdup (id);
  return self;
}

void
esc_chart_cite_sources (EscChart  *self,
                        GPtrArray *sources)
{
  for (guint i = 0; i < sources->len; i++)
    {
      EscArticle *article = esc_source_get_article (g_ptr_array_index (sources, i));
      EscTally *tally = esc_source_get_tally (g_ptr_array_index (sources, i));

      if (article != NULL && !g_ptr_array_find (self->articles, article, NULL))
        g_ptr_array_add (self->articles, g_object_ref (article));
      if (tally != NULL && !g_ptr_array_find (self->tallies, tally, NULL))
        g_ptr_array_add (self->tallies, g_object_ref (tally));
    }
}

/* @claim is drawn in this chart: no other chart draws it. */
void
esc_chart_draws (EscChart *self,
                 EscClaim *claim)
{
  if (g_hash_table_add (self->drawn, claim))
    g_ptr_array_add (self->claims, g_object_ref (claim));
  esc_chart_cite_sources (self, esc_claim_get_sources (claim));
}

EscChartMark *
esc_chart_add_mark (EscChart *self,
                    EscParty *party)
{
  EscChartMark *mark;

  g_array_set_size (self->marks, self->marks->len + 1);
  mark = &g_array_index (self->marks, EscChartMark, self->marks->len - 1);
  mark->claims = g_ptr_array_new_with_free_func (g_object_unref);
  mark->regions = g_ptr_array_new_with_free_func (g_object_unref);
  if (party != NULL)
    {
      mark->party = g_object_ref (party);
      mark->has_bloc = TRUE;
      mark->bloc = esc_party_get_bloc (party);
    }
  return mark;
}

/* The mark shows @claim's figure, and its quotes are the mark's. */
void
esc_chart_mark_add_claim (EscChart     *self,
                          EscChartMark *mark,
                          EscClaim     *claim)
{
  g_ptr_array_add (mark->claims, g_object_ref (claim));
  esc_chart_cite_sources (self, esc_claim_get_sources (claim));
}

void
esc_chart_mark_add_region (EscChart     *self,
                           EscChartMark *mark,
                           EscRegion    *region)
{
  g_ptr_array_add (mark->regions, g_object_ref (region));
  esc_chart_cite_sources (self, esc_region_get_sources (region));
}

/* Takes @label, @detail and @value_text. */
void
esc_chart_add_legend_entry (EscChart *self,
                            char     *label,
                            char     *detail,
                            char     *value_text,
                            guint     mark)
{
  EscChartLegendEntry entry = { label, detail, value_text, mark };

  g_array_append_val (self->legend, entry);
}

/* "News report · 2 articles": where a figure without a named claimant comes from. */
char *
esc_chart_sources_line (EscClaim *claim)
{
  g_autofree char *claimant = esc_text_claimant (claim);
  guint n = esc_claim_get_sources (claim)->len;
  g_autofree char *articles = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u article", "%u articles", n), n);

  return g_strdup_printf (_("%s · %s"), claimant, articles);
}

/* A computed figure's tally, or NULL for a figure a claimant states. */
static EscTally *
tally_of (EscClaim *claim)
{
  GPtrArray *sources = esc_claim_get_sources (claim);

  return sources->len > 0 ? esc_source_get_tally (g_ptr_array_index (sources, 0)) : NULL;
}

/* A mark for one claim, which the chart draws: labelled with its subject or claimant,
 * detailed with the other. A computed figure is detailed with what it was computed
 * from: "Computed from 24,532 tally sheets, 81.7% of 30,026". */
EscChartMark *
esc_chart_add_claim_mark (EscChart *self,
            EscClaim *claim,
            gboolean  label_by_claimant)
{
  EscChartMark *mark = esc_chart_add_mark (self, esc_claim_get_subject (claim));
  g_autofree char *claimant = esc_text_claimant (claim);
  EscTally *tally = tally_of (claim);

  mark->value = esc_claim_get_value (claim);
  mark->value_text = esc_text_claim_value (claim);
  if (tally != NULL)
    {
      mark->label = label_by_claimant ? g_strdup (claimant) : g_strdup (esc_text_party (esc_claim_get_subject (claim)));
      mark->detail = esc_tally_text_coverage (tally);
    }
  else if (label_by_claimant)
    {
      mark->label = g_strdup (claimant);
      mark->detail = g_strdup (esc_text_status (esc_claim_get_status (claim)));
    }
  else
    {
      mark->label = g_strdup (esc_text_party (esc_claim_get_subject (claim)));
      /* Translators: "National Electoral Council · official". */
      mark->detail = g_strdup_printf (_("%s · %s"), claimant, esc_text_status (esc_claim_get_status (claim)));
    }
  esc_chart_mark_add_claim (self, mark, claim);
  esc_chart_draws (self, claim);
  return mark;
}

/* What a figure measures, in words: "Vote share of Edmundo González". */
char *
esc_chart_figure_phrase (EscFigure *figure)
{
  return esc_text_measure (esc_figure_get_measure (figure), esc_figure_get_subject (figure),
                           esc_figure_get_label (figure));
}

/* The detail at @offset in element @index of @items. */
static char **
detail_at (GArray *items,
           gsize   size,
           gsize   offset,
           guint   index)
{
  return (char **) (items->data + size * index + offset);
}

/**
 * esc_chart_take_common_detail:
 * @items: the marks or the legend entries
 * @minimum: how many items there must be
 *
 * Where most items (of @minimum or more) have one detail ("Electoral commission ·
 * official"), those items lose it and it is returned, for the reading to say once:
 * long charts keep a line each. Else NULL.
 */
char *
esc_chart_take_common_detail (GArray *items,
                              gsize   size,
                              gsize   offset,
                              guint   minimum)
{
  g_autoptr(GHashTable) counts = g_hash_table_new (g_str_hash, g_str_equal);
  const char *common = NULL;
  char *source;
  guint best = 0;

  if (items->len < minimum)
    return NULL;
  for (guint i = 0; i < items->len; i++)
    {
      const char *detail = *detail_at (items, size, offset, i);

      g_hash_table_insert (counts, (gpointer) detail, GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (counts, detail)) + 1));
    }
  /* The first of the most frequent, in the items' order. */
  for (guint i = 0; i < items->len; i++)
    {
      const char *detail = *detail_at (items, size, offset, i);
      guint count = GPOINTER_TO_UINT (g_hash_table_lookup (counts, detail));

      if (count > best && detail[0] != '\0')
        {
          best = count;
          common = detail;
        }
    }
  if (common == NULL || best < 2 || best * 2 < items->len)
    return NULL;

  source = g_strdup (common);
  for (guint i = 0; i < items->len; i++)
    {
      char **detail = detail_at (items, size, offset, i);

      if (g_str_equal (*detail, source))
        {
          g_free (*detail);
          *detail = g_strdup ("");
        }
    }
  return source;
}

/* Appends who states most of the chart's figures to its reading. */
void
esc_chart_say_source (EscChart   *self,
                      const char *source)
{
  g_autofree char *reading = g_steal_pointer (&self->reading);

  /* Translators: a chart's reading, then who states most of its figures: "Out of 230:
   * AD 78, PS 74. Source: Electoral commission · official." */
  self->reading = g_strdup_printf (_("%s Source: %s."), reading, source);
}

void
esc_chart_append_more (GString *reading,
                       guint    parts,
                       guint    shown)
{
  if (parts > shown)
    {
      guint more = parts - shown;

      g_string_append_c (reading, ' ');
      g_string_append_printf (reading, g_dngettext (GETTEXT_PACKAGE, "and %u more", "and %u more", more), more);
    }
}

/* Every figure of the chart in sentences, for screen readers and the clipboard. */
char *
esc_chart_describe (EscChart *self)
{
  GString *text;

  g_return_val_if_fail (ESC_IS_CHART (self), NULL);

  text = g_string_new (self->reading);
  /* A seat chart's legend names each party once; its marks are seats and regions. */
  if (self->legend->len > 0)
    for (guint i = 0; i < self->legend->len; i++)
      {
        EscChartLegendEntry *entry = &g_array_index (self->legend, EscChartLegendEntry, i);

        g_string_append_c (text, ' ');
        if (entry->detail[0] != '\0')
          g_string_append_printf (text, _("%s: %s (%s)."), entry->label, entry->value_text, entry->detail);
        else
          g_string_append_printf (text, _("%s: %s."), entry->label, entry->value_text);
      }
  else
    for (guint i = 0; i < self->marks->len; i++)
      {
        EscChartMark *mark = &g_array_index (self->marks, EscChartMark, i);

        g_string_append_c (text, ' ');
        if (mark->detail[0] != '\0')
          /* Translators: one figure of a chart, read aloud: "Turnout: 41.8% (News report)". */
          g_string_append_printf (text, _("%s: %s (%s)."), mark->label, mark->value_text, mark->detail);
        else
          /* Translators: one figure of a chart, read aloud: "Turnout: 41.8%". */
          g_string_append_printf (text, _("%s: %s."), mark->label, mark->value_text);
      }
  return g_string_free (text, FALSE);
}

EscChartKind
esc_chart_get_kind (EscChart *self)
{
  g_return_val_if_fail (ESC_IS_CHART (self), ESC_CHART_SEATS);
  return self->kind;
}

/* Stable across languages: for file names and tests. */
const char *
esc_chart_get_id (EscChart *self)
{
  g_return_val_if_fail (ESC_IS_CHART (self), NULL);
  return self->id;
}

const char *
esc_chart_get_title (EscChart *self)
{
  g_return_val_if_fail (ESC_IS_CHART (self), NULL);
  return self->title;
}

const char *
esc_chart_get_reading (EscChart *self)
{
  g_return_val_if_fail (ESC_IS_CHART (self), NULL);
  return self->reading;
}

EscElection *
esc_chart_get_election (EscChart *self)
{
  g_return_val_if_fail (ESC_IS_CHART (self), NULL);
  return self->election;
}

guint
esc_chart_get_n_marks (EscChart *self)
{
  g_return_val_if_fail (ESC_IS_CHART (self), 0);
  return self->marks->len;
}

const EscChartMark *
esc_chart_get_mark (EscChart *self,
                    guint     index)
{
  g_return_val_if_fail (ESC_IS_CHART (self), NULL);
  g_return_val_if_fail (index < self->marks->len, NULL);
  return &g_array_index (self->marks, EscChartMark, index);
}

guint
esc_chart_get_n_legend_entries (EscChart *self)
{
  g_return_val_if_fail (ESC_IS_CHART (self), 0);
  return self->legend->len;
}

const EscChartLegendEntry *
esc_chart_get_legend_entry (EscChart *self,
                            guint     index)
{
  g_return_val_if_fail (ESC_IS_CHART (self), NULL);
  g_return_val_if_fail (index < self->legend->len, NULL);
  return &g_array_index (self->legend, EscChartLegendEntry, index);
}

/**
 * esc_chart_get_claims:
 *
 * Returns: (element-type EscClaim): the claims this chart draws; every claim of an
 *   election is drawn by exactly one of its charts
 */
GPtrArray *
esc_chart_get_claims (EscChart *self)
{
  g_return_val_if_fail (ESC_IS_CHART (self), NULL);
  return self->claims;
}

/**
 * esc_chart_get_grid_rows:
 *
 * Returns: (element-type utf8): for a chart of changes, the label of each row of its
 *   grid (a party, or a figure of the whole election); the marks say where they go
 */
GPtrArray *
esc_chart_get_grid_rows (EscChart *self)
{
  g_return_val_if_fail (ESC_IS_CHART (self), NULL);
  return self->grid_rows;
}

/**
 * esc_chart_get_grid_columns:
 *
 * Returns: (element-type utf8): for a chart of changes, the heading of each column of
 *   its grid (a measure)
 */
GPtrArray *
esc_chart_get_grid_columns (EscChart *self)
{
  g_return_val_if_fail (ESC_IS_CHART (self), NULL);
  return self->grid_columns;
}

/* The tallies the chart's computed figures come from (EscTally). */
GPtrArray *
esc_chart_get_tallies (EscChart *self)
{
  g_return_val_if_fail (ESC_IS_CHART (self), NULL);
  return self->tallies;
}

GPtrArray *
esc_chart_get_articles (EscChart *self)
{
  g_return_val_if_fail (ESC_IS_CHART (self), NULL);
  return self->articles;
}

guint
esc_chart_get_total_seats (EscChart *self)
{
  g_return_val_if_fail (ESC_IS_CHART (self), 0);
  return self->total_seats;
}

/* The smallest number of seats that is more than half; 0 where the sources give out
 * more seats than there are, so that no line claims to mark a majority. */
guint
esc_chart_get_majority (EscChart *self)
{
  g_return_val_if_fail (ESC_IS_CHART (self), 0);
  return self->total_seats > self->offices ? 0 : self->total_seats / 2 + 1;
}

/* The unit of the axis: what a row chart's ticks count. */
EscUnit
esc_chart_get_unit (EscChart *self)
{
  g_return_val_if_fail (ESC_IS_CHART (self), ESC_UNIT_COUNT);
  return self->unit;
}

gboolean
esc_chart_is_percent (EscChart *self)
{
  g_return_val_if_fail (ESC_IS_CHART (self), FALSE);
  return self->percent;
}

/* A value the axis marks with a line: the 50 % a referendum option needs. */
gboolean
esc_chart_get_reference (EscChart *self,
                         double   *value)
{
  g_return_val_if_fail (ESC_IS_CHART (self), FALSE);

  if (self->has_reference && value != NULL)
    *value = self->reference;
  return self->has_reference;
}

/* A colour for each party, in the election's order, then one for each bloc that won
 * offices in regions that name no party: a shade of its own, not its first party's. */
static EscRgb *
party_colors (EscChart        *self,
              EscPaletteStyle  style)
{
  GPtrArray *parties = esc_election_get_parties (self->election);
  GPtrArray *holders = esc_figures_get_seat_holders (esc_election_get_figures (self->election));
  g_autofree EscPartyColorRequest *requests = g_new0 (EscPartyColorRequest, parties->len + ESC_N_BLOCS);
  guint n = parties->len;

  for (guint i = 0; i < parties->len; i++)
    {
      EscParty *party = g_ptr_array_index (parties, i);

      requests[i].bloc = esc_party_get_bloc (party);
      requests[i].has_color = esc_party_get_color (party, &requests[i].color);
    }
  for (guint i = 0; i < holders->len; i++)
    if (esc_seat_holder_get_party (g_ptr_array_index (holders, i)) == NULL)
      requests[n++].bloc = esc_seat_holder_get_bloc (g_ptr_array_index (holders, i));
  self->party_colors[style] = g_new0 (EscRgb, parties->len + ESC_N_BLOCS);
  esc_palette_party_colors (style, requests, n, self->party_colors[style]);
  for (guint i = parties->len; i < n; i++)
    self->bloc_colors[style][requests[i].bloc] = &self->party_colors[style][i];
  return self->party_colors[style];
}

/* The party's own colour where the dataset gives one, else one of its bloc's shades,
 * the same in every chart of the election; for what a bloc won, a shade of the bloc's
 * own. */
EscRgb
esc_chart_mark_color (EscChart           *self,
                      EscPaletteStyle     style,
                      const EscChartMark *mark)
{
  guint index;

  g_return_val_if_fail (ESC_IS_CHART (self), esc_palette_bloc_color (style, ESC_BLOC_OTHER));
  g_return_val_if_fail ((guint) style < G_N_ELEMENTS (self->party_colors), esc_palette_bloc_color (style, ESC_BLOC_OTHER));

  if (self->party_colors[style] == NULL)
    party_colors (self, style);
  if (mark->party != NULL && g_ptr_array_find (esc_election_get_parties (self->election), mark->party, &index))
    return self->party_colors[style][index];
  if (mark->has_bloc && self->bloc_colors[style][mark->bloc] != NULL)
    return *self->bloc_colors[style][mark->bloc];
  return esc_palette_bloc_color (style, mark->has_bloc ? mark->bloc : ESC_BLOC_OTHER);
}
