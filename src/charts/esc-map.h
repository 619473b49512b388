/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>

#include "esc-chart-layout.h"
#include "esc-election.h"

G_BEGIN_DECLS

typedef struct _EscMapLayout EscMapLayout;

EscRgb        esc_map_stance_color          (EscPaletteStyle      palette,
                                             EscStance            stance);
EscMapLayout *esc_map_layout_new            (EscElection         *election,
                                             double               width,
                                             double               height,
                                             const EscChartStyle *style,
                                             gboolean             whole_world);
void          esc_map_layout_free           (EscMapLayout        *layout);
void          esc_map_layout_draw           (EscMapLayout        *layout,
                                             cairo_t             *cr,
                                             const char          *selected,
                                             const char          *hovered);
const char   *esc_map_layout_hit            (EscMapLayout        *layout,
                                             double               x,
                                             double               y);
gboolean      esc_map_layout_get_bounds     (EscMapLayout        *layout,
                                             const char          *id,
                                             EscRect             *bounds);
gboolean      esc_map_layout_project        (EscMapLayout        *layout,
                                             double               lon,
                                             double               lat,
                                             double              *x,
                                             double              *y);
GArray       *esc_map_layout_get_text_boxes (EscMapLayout        *layout);
void          esc_map_render_card           (EscElection         *election,
                                             cairo_t             *cr,
                                             double               width,
                                             double               height,
                                             const EscChartStyle *style);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (EscMapLayout, esc_map_layout_free)

G_END_DECLS
