/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "esc-election.h"
#include "esc-palette.h"

G_BEGIN_DECLS

typedef enum {
  ESC_CHART_SEATS,         /* a hemicycle of offices won */
  ESC_CHART_SHARES,        /* bars on a 0–100 % axis */
  ESC_CHART_VOTES,         /* bars of votes */
  ESC_CHART_CHANGES,       /* how a count changed between its publications */
  ESC_CHART_DISAGREEMENT,  /* a dot per rival claim */
  ESC_CHART_TURNOUT,       /* bars on a 0–100 % axis, the electorate in words */
  ESC_CHART_FIGURES,       /* other figures, in words */
  ESC_CHART_REGIONS,       /* a map of the country's regions, filled by who won each */
} EscChartKind;

typedef enum {
  ESC_MARK_SOLID,       /* stated by the sources */
  ESC_MARK_IN_DOUBT,    /* claimed by some sources only */
  ESC_MARK_UNREPORTED,  /* seats no source accounts for, pending regions; figures in words */
} EscMarkStyle;

/* One thing a chart shows and a reader can point at: a bar, a dot, a group of seats, a
 * seat won in one region. */
typedef struct {
  char *label;          /* who or what: a party, a claimant */
  char *detail;         /* where it comes from: "National Electoral Council · revised" */
  char *value_text;     /* "at least 18", "41.8%" */
  double value;
  EscParty *party;      /* whose colour it takes, if anyone's */
  gboolean has_bloc;
  EscBloc bloc;         /* the party's bloc, or the bloc that won a region */
  EscMarkStyle style;
  guint seats;          /* seat charts: how many seats the mark covers */
  guint entry;          /* seat charts: its legend entry */
  guint grid_row;       /* charts of changes: its row (a party) and column (a measure) */
  guint grid_column;
  GPtrArray *claims;    /* EscClaim behind the mark */
  GPtrArray *regions;   /* EscRegion behind it: won, pending or disputed */
} EscChartMark;

/* A seat chart's legend names each party once, however many marks its seats take. */
typedef struct {
  char *label;
  char *detail;
  char *value_text;
  guint mark;           /* the entry's first mark, in hemicycle order */
} EscChartLegendEntry;

#define ESC_TYPE_CHART (esc_chart_get_type ())
G_DECLARE_FINAL_TYPE (EscChart, esc_chart, ESC, CHART, GObject)

GPtrArray          *esc_charts_for_election    (EscElection *election);
EscChart           *esc_chart_regions_new      (EscElection *election);

EscChartKind        esc_chart_get_kind         (EscChart    *self);
const char         *esc_chart_get_id           (EscChart    *self);
const char         *esc_chart_get_title        (EscChart    *self);
const char         *esc_chart_get_reading      (EscChart    *self);
char               *esc_chart_describe         (EscChart    *self);
EscElection        *esc_chart_get_election     (EscChart    *self);
guint               esc_chart_get_n_marks      (EscChart    *self);
const EscChartMark *esc_chart_get_mark         (EscChart    *self,
                                                guint        index);
guint               esc_chart_get_n_legend_entries (EscChart *self);
const EscChartLegendEntry *esc_chart_get_legend_entry (EscChart *self,
                                                       guint     index);
GPtrArray          *esc_chart_get_claims       (EscChart    *self);
GPtrArray          *esc_chart_get_grid_rows    (EscChart    *self);
GPtrArray          *esc_chart_get_grid_columns (EscChart    *self);
GPtrArray          *esc_chart_get_articles     (EscChart    *self);
GPtrArray          *esc_chart_get_tallies      (EscChart    *self);
guint               esc_chart_get_total_seats  (EscChart    *self);
guint               esc_chart_get_majority     (EscChart    *self);
gboolean            esc_chart_is_percent       (EscChart    *self);
EscUnit             esc_chart_get_unit         (EscChart    *self);
gboolean            esc_chart_get_reference    (EscChart    *self,
                                                double      *value);
EscRgb              esc_chart_mark_color       (EscChart           *self,
                                                EscPaletteStyle     style,
                                                const EscChartMark *mark);

G_END_DECLS
