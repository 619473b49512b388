/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>
#include <glib.h>

G_BEGIN_DECLS

/* Projected outlines, as both maps keep them: a GPtrArray of rings, each a GArray of
 * double x, y pairs in pixels. */
void     esc_plane_rings_append   (cairo_t   *cr,
                                   GPtrArray *rings);
gboolean esc_plane_rings_contain  (GPtrArray *rings,
                                   double     x,
                                   double     y);

G_END_DECLS
