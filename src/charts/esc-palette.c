/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "esc-palette.h"

#include <math.h>

#define RGB(hex) { ((hex) >> 16 & 0xff) / 255.0, ((hex) >> 8 & 0xff) / 255.0, ((hex) & 0xff) / 255.0 }

/* Bloc colours start from the Okabe–Ito palette (vermillion, blue, grey), which stays
 * distinguishable under the common colour-vision deficiencies. Each style shifts the
 * lightness so every mark keeps at least 3:1 contrast against the surface it is drawn
 * on (WCAG 1.4.11), and 4.5:1 in the high-contrast styles. */
static const EscRgb bloc_colors[4][ESC_N_BLOCS] = {
  [ESC_PALETTE_LIGHT] = { RGB (0xc35600), RGB (0x0072b2), RGB (0x6e6e6e) },
  [ESC_PALETTE_DARK] = { RGB (0xff9a52), RGB (0x56b4e9), RGB (0xa8a8a8) },
  [ESC_PALETTE_HIGH_CONTRAST] = { RGB (0x9a3f00), RGB (0x004c7a), RGB (0x444444) },
  [ESC_PALETTE_DARK | ESC_PALETTE_HIGH_CONTRAST] = { RGB (0xffb27a), RGB (0x8fd0f5), RGB (0xd0d0d0) },
};

/* The darkest surface a chart may sit on in each style: libadwaita's card colour. */
static const EscRgb backgrounds[4] = {
  [ESC_PALETTE_LIGHT] = RGB (0xffffff),
  [ESC_PALETTE_DARK] = RGB (0x383838),
  [ESC_PALETTE_HIGH_CONTRAST] = RGB (0xffffff),
  [ESC_PALETTE_DARK | ESC_PALETTE_HIGH_CONTRAST] = RGB (0x2e2e2e),
};

EscRgb
esc_palette_background (EscPaletteStyle style)
{
  g_return_val_if_fail ((guint) style < G_N_ELEMENTS (backgrounds), backgrounds[0]);

  return backgrounds[style];
}

EscRgb
esc_palette_bloc_color (EscPaletteStyle style,
                        EscBloc         bloc)
{
  g_return_val_if_fail ((guint) style < G_N_ELEMENTS (bloc_colors), bloc_colors[0][0]);
  g_return_val_if_fail ((guint) bloc < ESC_N_BLOCS, bloc_colors[style][ESC_BLOC_OTHER]);

  return bloc_colors[style][bloc];
}

static double
linear_channel (double channel)
{
  return channel <= 0.04045 ? channel / 12.92 : pow ((channel + 0.055) / 1.055, 2.4);
}

/* As WCAG 2 defines it, so contrast figures match what accessibility checkers say. */
double
esc_rgb_relative_luminance (const EscRgb *color)
{
  g_return_val_if_fail (color != NULL, 0.0);

  return 0.2126 * linear_channel (color->red)
       + 0.7152 * linear_channel (color->green)
       + 0.0722 * linear_channel (color->blue);
}

double
esc_rgb_contrast_ratio (const EscRgb *a,
                        const EscRgb *b)
{
  double la, lb;

  g_return_val_if_fail (a != NULL && b != NULL, 1.0);

  la = esc_rgb_relative_luminance (a);
  lb = esc_rgb_relative_luminance (b);

  return (MAX (la, lb) + 0.05) / (MIN (la, lb) + 0.05);
}

void
esc_rgb_set_source (cairo_t      *cr,
                    const EscRgb *color)
{
  g_return_if_fail (cr != NULL && color != NULL);

  cairo_set_source_rgb (cr, color->red, color->green, color->blue);
}
