/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What a widget needs of a drawing, whatever it draws: one view on screen serves charts
 * and the map alike (EscDrawnView in src/ui). */
#include "config.h"

#include "esc-drawing.h"

struct _EscDrawingLayout
{
  EscDrawing *drawing;
  gpointer layout;        /* the implementation's */
};

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_INTERFACE (EscDrawing, esc_drawing, G_TYPE_OBJECT)

static void
esc_drawing_default_init (EscDrawingInterface *iface)
{
  /**
   * EscDrawing::changed:
   *
   * What the drawing shows changed (the map's extent, say): layouts made before are
   * stale. The items stay the same.
   */
  signals[CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_INTERFACE (iface), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 0);
}

/* The accessible label. */
const char *
esc_drawing_get_title (EscDrawing *self)
{
  g_return_val_if_fail (ESC_IS_DRAWING (self), NULL);
  return ESC_DRAWING_GET_IFACE (self)->get_title (self);
}

/* Everything the drawing shows, in sentences: the accessible description. */
char *
esc_drawing_describe (EscDrawing *self)
{
  g_return_val_if_fail (ESC_IS_DRAWING (self), NULL);
  return ESC_DRAWING_GET_IFACE (self)->describe (self);
}

/* How tall the drawing can be at @width, and would like to be. */
void
esc_drawing_measure_height (EscDrawing          *self,
                            double               width,
                            const EscChartStyle *style,
                            double              *minimum,
                            double              *natural)
{
  g_return_if_fail (ESC_IS_DRAWING (self));
  g_return_if_fail (style != NULL && minimum != NULL && natural != NULL);
  ESC_DRAWING_GET_IFACE (self)->measure_height (self, width, style, minimum, natural);
}

guint
esc_drawing_get_n_items (EscDrawing *self)
{
  g_return_val_if_fail (ESC_IS_DRAWING (self), 0);
  return ESC_DRAWING_GET_IFACE (self)->get_n_items (self);
}

/* Item @item in plain text (names come from the dataset: never markup), for a tooltip. */
char *
esc_drawing_describe_item (EscDrawing *self,
                           guint       item)
{
  g_return_val_if_fail (ESC_IS_DRAWING (self), NULL);
  g_return_val_if_fail (item < esc_drawing_get_n_items (self), NULL);
  return ESC_DRAWING_GET_IFACE (self)->describe_item (self, item);
}

void
esc_drawing_changed (EscDrawing *self)
{
  g_return_if_fail (ESC_IS_DRAWING (self));
  g_signal_emit (self, signals[CHANGED], 0);
}

EscDrawingLayout *
esc_drawing_layout_new (EscDrawing          *drawing,
                        double               width,
                        double               height,
                        const EscChartStyle *style)
{
  EscDrawingLayout *self;

  g_return_val_if_fail (ESC_IS_DRAWING (drawing), NULL);
  g_return_val_if_fail (width > 0 && height > 0 && style != NULL, NULL);

  self = g_new0 (EscDrawingLayout, 1);
  self->drawing = g_object_ref (drawing);
  self->layout = ESC_DRAWING_GET_IFACE (drawing)->layout_new (drawing, width, height, style);
  return self;
}

void
esc_drawing_layout_free (EscDrawingLayout *self)
{
  if (self == NULL)
    return;
  ESC_DRAWING_GET_IFACE (self->drawing)->layout_free (self->layout);
  g_object_unref (self->drawing);
  g_free (self);
}

/* @focused is outlined as the keyboard's, @hovered as the pointer's; -1 for none. */
void
esc_drawing_layout_draw (EscDrawingLayout *self,
                         cairo_t          *cr,
                         int               focused,
                         int               hovered)
{
  g_return_if_fail (self != NULL && cr != NULL);
  ESC_DRAWING_GET_IFACE (self->drawing)->layout_draw (self->drawing, self->layout, cr, focused, hovered);
}

/* The item at @x, @y, or -1. */
int
esc_drawing_layout_hit (EscDrawingLayout *self,
                        double            x,
                        double            y)
{
  g_return_val_if_fail (self != NULL, -1);
  return ESC_DRAWING_GET_IFACE (self->drawing)->layout_hit (self->drawing, self->layout, x, y);
}

/* Where item @item is drawn, for a tooltip's area or a popover; FALSE if nowhere. */
gboolean
esc_drawing_layout_get_item_bounds (EscDrawingLayout *self,
                                    guint             item,
                                    EscRect          *bounds)
{
  g_return_val_if_fail (self != NULL && bounds != NULL, FALSE);

  if (item >= esc_drawing_get_n_items (self->drawing))
    return FALSE;
  return ESC_DRAWING_GET_IFACE (self->drawing)->layout_get_item_bounds (self->drawing, self->layout, item, bounds);
}

/* Every piece of text as an EscRect, for the tests that none runs off or onto another. */
GArray *
esc_drawing_layout_get_text_boxes (EscDrawingLayout *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return ESC_DRAWING_GET_IFACE (self->drawing)->layout_get_text_boxes (self->drawing, self->layout);
}
