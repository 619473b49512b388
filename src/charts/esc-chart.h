/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "esc-election.h"

G_BEGIN_DECLS

typedef enum {
  ESC_CHART_SEATS,
  ESC_CHART_SHARES,
  ESC_CHART_DISAGREEMENT,
  ESC_CHART_TURNOUT,
} EscChartKind;

typedef enum {
  ESC_MARK_SOLID,       /* stated by the sources */
  ESC_MARK_IN_DOUBT,    /* claimed by some sources only, or pending */
  ESC_MARK_UNREPORTED,  /* seats no source accounts for */
} EscMarkStyle;

/* One thing a chart shows and a reader can point at: a bar, a dot, a group of seats. */
typedef struct {
  char *label;          /* who or what: a party, a claimant */
  char *detail;         /* where it comes from: "National Electoral Council · revised" */
  char *value_text;     /* "at least 18", "41.8%" */
  double value;
  gboolean has_bloc;
  EscBloc bloc;
  gboolean has_color;
  guint32 color;        /* the party's own, 0xRRGGBB */
  EscMarkStyle style;
  guint seats;          /* seat charts: how many seats the mark covers */
  GPtrArray *claims;    /* EscClaim behind the mark */
  GPtrArray *regions;   /* EscRegion it concerns: pending ones, for seats */
} EscChartMark;

#define ESC_TYPE_CHART (esc_chart_get_type ())
G_DECLARE_FINAL_TYPE (EscChart, esc_chart, ESC, CHART, GObject)

GPtrArray          *esc_charts_for_election    (EscElection *election);

EscChartKind        esc_chart_get_kind         (EscChart    *self);
const char         *esc_chart_get_id           (EscChart    *self);
const char         *esc_chart_get_title        (EscChart    *self);
const char         *esc_chart_get_reading      (EscChart    *self);
char               *esc_chart_describe         (EscChart    *self);
EscElection        *esc_chart_get_election     (EscChart    *self);
guint               esc_chart_get_n_marks      (EscChart    *self);
const EscChartMark *esc_chart_get_mark         (EscChart    *self,
                                                guint        index);
GPtrArray          *esc_chart_get_articles     (EscChart    *self);
guint               esc_chart_get_total_seats  (EscChart    *self);
guint               esc_chart_get_majority     (EscChart    *self);
gboolean            esc_chart_is_percent       (EscChart    *self);

G_END_DECLS
