/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>

#include "esc-chart.h"
#include "esc-chart-layout.h"
#include "esc-reaction.h"

G_BEGIN_DECLS

typedef enum {
  ESC_SLIDE_TITLE,      /* the election: title, date, summary */
  ESC_SLIDE_CHART,      /* one chart card */
  ESC_SLIDE_MAP,        /* the reactions map */
  ESC_SLIDE_QUOTE,      /* one reaction's words, its speaker and country */
} EscSlideKind;

/* One slide of a presentation; every slide names its sources. */
typedef struct {
  EscSlideKind kind;
  EscElection *election;
  EscChart *chart;        /* ESC_SLIDE_CHART */
  EscReaction *reaction;  /* ESC_SLIDE_QUOTE */
} EscSlide;

GPtrArray *esc_slides_for_election (EscElection         *election);
char      *esc_slide_get_title     (const EscSlide      *slide);
char      *esc_slide_get_sources   (const EscSlide      *slide);
void       esc_slide_style_init    (EscChartStyle       *style,
                                    gboolean             dark);
void       esc_slide_render        (const EscSlide      *slide,
                                    cairo_t             *cr,
                                    double               width,
                                    double               height,
                                    const EscChartStyle *style);
gboolean   esc_slides_export_pdf   (GPtrArray           *slides,
                                    const EscChartStyle *style,
                                    const char          *path,
                                    GError             **error);
gboolean   esc_slides_export_png   (GPtrArray           *slides,
                                    const EscChartStyle *style,
                                    int                  width,
                                    int                  height,
                                    const char          *directory,
                                    GError             **error);

G_END_DECLS
