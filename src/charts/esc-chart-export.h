/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>
#include <pango/pango.h>

#include "esc-chart-layout.h"

G_BEGIN_DECLS

typedef enum {
  ESC_EXPORT_PNG,
  ESC_EXPORT_SVG,
  ESC_EXPORT_PDF,
} EscExportFormat;

gboolean          esc_export_format_from_string (const char          *text,
                                                 EscExportFormat     *format);
const char       *esc_export_format_extension   (EscExportFormat      format);

PangoLayout      *esc_card_text_layout          (cairo_t             *cr,
                                                 const char          *text,
                                                 double               size,
                                                 gboolean             bold,
                                                 double               width);
double            esc_card_draw_text            (cairo_t             *cr,
                                                 PangoLayout         *layout,
                                                 double               x,
                                                 double               y,
                                                 const EscChartStyle *style,
                                                 double               alpha);

char             *esc_card_sources_line         (GPtrArray           *articles);

void              esc_chart_render_card         (EscChart            *chart,
                                                 cairo_t             *cr,
                                                 double               width,
                                                 double               height,
                                                 const EscChartStyle *style);
cairo_surface_t  *esc_chart_render_image        (EscChart            *chart,
                                                 int                  width,
                                                 int                  height,
                                                 double               scale,
                                                 const EscChartStyle *style);
gboolean          esc_chart_export              (EscChart            *chart,
                                                 EscExportFormat      format,
                                                 int                  width,
                                                 int                  height,
                                                 double               scale,
                                                 const EscChartStyle *style,
                                                 const char          *path,
                                                 GError             **error);
gboolean          esc_chart_export_to_stream    (EscChart            *chart,
                                                 EscExportFormat      format,
                                                 int                  width,
                                                 int                  height,
                                                 double               scale,
                                                 const EscChartStyle *style,
                                                 cairo_write_func_t   write,
                                                 gpointer             closure,
                                                 GError             **error);

gboolean          esc_map_export                (EscElection         *election,
                                                 EscExportFormat      format,
                                                 int                  width,
                                                 int                  height,
                                                 double               scale,
                                                 const EscChartStyle *style,
                                                 const char          *path,
                                                 GError             **error);
gboolean          esc_map_export_to_stream      (EscElection         *election,
                                                 EscExportFormat      format,
                                                 int                  width,
                                                 int                  height,
                                                 double               scale,
                                                 const EscChartStyle *style,
                                                 cairo_write_func_t   write,
                                                 gpointer             closure,
                                                 GError             **error);

G_END_DECLS
