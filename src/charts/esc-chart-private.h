/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Shared by esc-chart.c (the object and the marks) and esc-chart-kinds.c (which charts
 * an election calls for, and what each holds). */
#pragma once

#include "esc-chart.h"
#include "esc-claim.h"

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
  GPtrArray *articles;    /* EscArticle, each once, in order of first citation */
  guint total_seats;
  gboolean percent;
};

EscChart     *esc_chart_new_empty        (EscElection  *election,
                                         EscChartKind  kind,
                                         const char   *id);
void          esc_chart_cite             (EscChart     *self,
                                         EscClaim     *claim);
EscChartMark *esc_chart_add_mark         (EscChart     *self,
                                         EscParty     *party);
void          esc_chart_mark_add_claim   (EscChart     *self,
                                         EscChartMark *mark,
                                         EscClaim     *claim);
char         *esc_chart_sources_line     (EscClaim     *claim);
EscChartMark *esc_chart_add_claim_mark   (EscChart     *self,
                                         EscClaim     *claim,
                                         gboolean      label_by_claimant);
GPtrArray    *esc_chart_claims_measuring (EscElection  *election,
                                         EscMeasure    measure);

G_END_DECLS
