/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>
#include <glib.h>

#include "esc-bloc.h"

G_BEGIN_DECLS

typedef enum {
  ESC_PALETTE_LIGHT         = 0,
  ESC_PALETTE_DARK          = 1 << 0,
  ESC_PALETTE_HIGH_CONTRAST = 1 << 1,
} EscPaletteStyle;

typedef struct {
  double red;
  double green;
  double blue;
} EscRgb;

EscRgb  esc_palette_background      (EscPaletteStyle  style);
EscRgb  esc_palette_bloc_color      (EscPaletteStyle  style,
                                     EscBloc          bloc);
double  esc_rgb_relative_luminance  (const EscRgb    *color);
double  esc_rgb_contrast_ratio      (const EscRgb    *a,
                                     const EscRgb    *b);
void    esc_rgb_set_source          (cairo_t         *cr,
                                     const EscRgb    *color);

G_END_DECLS
