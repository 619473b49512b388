/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "esc-palette.h"

G_BEGIN_DECLS

typedef struct {
  EscBloc bloc;
  gboolean has_color;
  guint32 color;        /* 0xRRGGBB, the dataset's own */
} EscPartyColorRequest;

typedef enum {
  ESC_VISION_NORMAL,
  ESC_VISION_PROTAN,
  ESC_VISION_DEUTAN,
  ESC_VISION_TRITAN,
} EscVision;

#define ESC_N_VISIONS (ESC_VISION_TRITAN + 1)

void   esc_palette_party_colors (EscPaletteStyle             style,
                                 const EscPartyColorRequest *parties,
                                 guint                       n,
                                 EscRgb                     *out);
EscRgb esc_rgb_simulate         (const EscRgb               *color,
                                 EscVision                   vision);
double esc_rgb_difference       (const EscRgb               *a,
                                 const EscRgb               *b);
double esc_rgb_difference_seen  (const EscRgb               *a,
                                 const EscRgb               *b);
double esc_rgb_hue              (const EscRgb               *color,
                                 double                     *chroma);

G_END_DECLS
