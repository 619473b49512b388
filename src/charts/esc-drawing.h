/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>
#include <glib-object.h>

#include "esc-chart-layout.h"

G_BEGIN_DECLS

#define ESC_TYPE_DRAWING (esc_drawing_get_type ())
G_DECLARE_INTERFACE (EscDrawing, esc_drawing, ESC, DRAWING, GObject)

/* Anything the drawing core lays out, draws and hit-tests: a chart, the map of
 * reactions. Items (a chart's marks, the countries and organizations that reacted) are
 * indexes from 0 to get_n_items() - 1; -1 is none. A layout is the implementation's
 * own geometry for one size and style, opaque to the caller. */
struct _EscDrawingInterface
{
  GTypeInterface parent_iface;

  const char *(*get_title)       (EscDrawing          *self);
  char       *(*describe)        (EscDrawing          *self);
  void        (*measure_height)  (EscDrawing          *self,
                                  double               width,
                                  const EscChartStyle *style,
                                  double              *minimum,
                                  double              *natural);
  guint       (*get_n_items)     (EscDrawing          *self);
  char       *(*describe_item)   (EscDrawing          *self,
                                  guint                item);

  gpointer    (*layout_new)      (EscDrawing          *self,
                                  double               width,
                                  double               height,
                                  const EscChartStyle *style);
  void        (*layout_free)     (gpointer             layout);
  void        (*layout_draw)     (EscDrawing          *self,
                                  gpointer             layout,
                                  cairo_t             *cr,
                                  int                  focused,
                                  int                  hovered);
  int         (*layout_hit)      (EscDrawing          *self,
                                  gpointer             layout,
                                  double               x,
                                  double               y);
  gboolean    (*layout_get_item_bounds) (EscDrawing   *self,
                                         gpointer      layout,
                                         guint         item,
                                         EscRect      *bounds);
  GArray     *(*layout_get_text_boxes) (EscDrawing    *self,
                                        gpointer       layout);
};

typedef struct _EscDrawingLayout EscDrawingLayout;

const char       *esc_drawing_get_title      (EscDrawing          *self);
char             *esc_drawing_describe       (EscDrawing          *self);
void              esc_drawing_measure_height (EscDrawing          *self,
                                              double               width,
                                              const EscChartStyle *style,
                                              double              *minimum,
                                              double              *natural);
guint             esc_drawing_get_n_items    (EscDrawing          *self);
char             *esc_drawing_describe_item  (EscDrawing          *self,
                                              guint                item);
void              esc_drawing_changed        (EscDrawing          *self);

EscDrawingLayout *esc_drawing_layout_new     (EscDrawing          *drawing,
                                              double               width,
                                              double               height,
                                              const EscChartStyle *style);
void              esc_drawing_layout_free    (EscDrawingLayout    *layout);
void              esc_drawing_layout_draw    (EscDrawingLayout    *layout,
                                              cairo_t             *cr,
                                              int                  focused,
                                              int                  hovered);
int               esc_drawing_layout_hit     (EscDrawingLayout    *layout,
                                              double               x,
                                              double               y);
gboolean          esc_drawing_layout_get_item_bounds (EscDrawingLayout *layout,
                                                      guint             item,
                                                      EscRect          *bounds);
GArray           *esc_drawing_layout_get_text_boxes  (EscDrawingLayout *layout);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (EscDrawingLayout, esc_drawing_layout_free)

G_END_DECLS
