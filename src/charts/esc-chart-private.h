/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Shared by esc-chart.c (the object and its marks) and the files that decide what each
 * kind of chart holds: esc-chart-kinds.c, esc-chart-kind-seats.c and
 * esc-chart-kind-changes.c. */
#pragma once

#include "esc-chart.h"
#include "esc-claim.h"
#include "esc-drawing.h"
#include "esc-figures.h"
#include "esc-geo-layer.h"
#include "esc-region.h"

G_BEGIN_DECLS

struct _EscChart
{
  GObject parent_instance;
  EscChartKind kind;
  char *id;
  char *title;
  char *reading;
  EscElection *election;
  GArray *marks;          /* EscChartMark */
  GArray *legend;         /* EscChartLegendEntry */
  GPtrArray *claims;      /* EscClaim the chart draws, each once */
  GHashTable *drawn;      /* the same claims, to tell quickly */
  GPtrArray *grid_rows;   /* char *: charts of changes, a label per row */
  GPtrArray *grid_columns; /* char *: and a heading per column */
  GPtrArray *articles;    /* EscArticle, each once, in order of first citation */
  GPtrArray *tallies;     /* EscTally, for the computed figures, each once */
  guint total_seats;      /* drawn: the offices at stake, or more where sources say so */
  guint offices;          /* at stake */
  gboolean percent;
  EscUnit unit;           /* of the axis */
  gboolean has_reference;
  double reference;       /* a line across the axis: 50 % in a referendum */
  EscRgb *party_colors[4]; /* per palette style, by the election's party order */
  EscRgb *bloc_colors[4][ESC_N_BLOCS]; /* into party_colors: what a bloc won, where it did */
};

/* Readings stay one line long: this many parts, then "and N more". */
#define ESC_CHART_READING_PARTS 3

/* How many regions the map of regions names in a legend entry, the reading or under
 * the map before "and N more": a tally of every municipality must not become a page
 * of names. */
#define ESC_CHART_NAMED_REGIONS 12

/* For g_array_sort() of doubles, ascending. */
int           esc_compare_doubles        (gconstpointer a,
                                          gconstpointer b);

EscChart     *esc_chart_new_empty        (EscElection  *election,
                                          EscChartKind  kind,
                                          const char   *id);
void          esc_chart_draws            (EscChart     *self,
                                          EscClaim     *claim);
void          esc_chart_cite_sources     (EscChart     *self,
                                          GPtrArray    *sources);
EscChartMark *esc_chart_add_mark         (EscChart     *self,
                                          EscParty     *party);
void          esc_chart_mark_add_claim   (EscChart     *self,
                                          EscChartMark *mark,
                                          EscClaim     *claim);
void          esc_chart_mark_add_region  (EscChart     *self,
                                          EscChartMark *mark,
                                          EscRegion    *region);
EscChartMark *esc_chart_add_claim_mark   (EscChart     *self,
                                          EscClaim     *claim,
                                          gboolean      label_by_claimant);
void          esc_chart_add_legend_entry (EscChart     *self,
                                          char         *label,
                                          char         *detail,
                                          char         *value_text,
                                          guint         mark);
char         *esc_chart_sources_line     (EscClaim     *claim);
char         *esc_chart_figure_phrase    (EscFigure    *figure);
void          esc_chart_append_more      (GString      *reading,
                                          guint         parts,
                                          guint         shown);
char         *esc_chart_take_common_detail (GArray     *items,
                                            gsize       size,
                                            gsize       offset,
                                            guint       minimum);
void          esc_chart_say_source       (EscChart     *self,
                                          const char   *source);

EscChart     *esc_chart_seats_new        (EscElection  *election,
                                          EscFigures   *figures);
EscChart     *esc_chart_changes_new      (EscElection  *election,
                                          EscFigures   *figures);
GPtrArray    *esc_chart_region_shapes    (EscRegion    *region,
                                          EscGeoLayer  *layer);

/* esc-chart-drawing.c: the chart as an EscDrawing. */
void          esc_chart_drawing_init     (EscDrawingInterface *iface);

G_END_DECLS
