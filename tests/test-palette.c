/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "esc-palette.h"

#include <math.h>

static const EscPaletteStyle styles[] = {
  ESC_PALETTE_LIGHT,
  ESC_PALETTE_DARK,
  ESC_PALETTE_HIGH_CONTRAST,
  ESC_PALETTE_DARK | ESC_PALETTE_HIGH_CONTRAST,
};

static void
test_contrast_formula (void)
{
  EscRgb black = { 0, 0, 0 }, white = { 1, 1, 1 }, grey = { 0.4627, 0.4627, 0.4627 };

  g_assert_cmpfloat_with_epsilon (esc_rgb_contrast_ratio (&black, &white), 21.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (esc_rgb_contrast_ratio (&white, &white), 1.0, 1e-9);
  /* #767676 is the lightest grey that passes 4.5:1 on white. */
  g_assert_cmpfloat_with_epsilon (esc_rgb_contrast_ratio (&grey, &white), 4.54, 0.01);
}

/* Marks must stand out from the card they sit on: 3:1 for graphics (WCAG 1.4.11),
 * 4.5:1 when the user asked for high contrast. */
static void
test_blocs_stand_out (void)
{
  for (guint s = 0; s < G_N_ELEMENTS (styles); s++)
    {
      EscRgb background = esc_palette_background (styles[s]);
      double minimum = (styles[s] & ESC_PALETTE_HIGH_CONTRAST) ? 4.5 : 3.0;

      for (EscBloc bloc = 0; bloc < ESC_N_BLOCS; bloc++)
        {
          EscRgb color = esc_palette_bloc_color (styles[s], bloc);
          double ratio = esc_rgb_contrast_ratio (&color, &background);

          if (ratio < minimum)
            g_error ("Bloc %s in style %u: contrast %.2f < %.1f",
                     esc_bloc_to_string (bloc), styles[s], ratio, minimum);
        }
    }
}

static double
to_linear (double channel)
{
  return channel <= 0.04045 ? channel / 12.92 : pow ((channel + 0.055) / 1.055, 2.4);
}

static double
to_gamma (double channel)
{
  return channel <= 0.0031308 ? 12.92 * channel : 1.055 * pow (channel, 1 / 2.4) - 0.055;
}

/* Simulates deuteranopia (Viénot, Brettel & Mollon 1999, applied in linear RGB) so the
 * test catches a palette whose blocs differ only along the red–green axis. The result
 * goes back to sRGB, where distances are closer to what the eye sees. */
static EscRgb
as_deuteranope (const EscRgb *c)
{
  double r = to_linear (c->red), g = to_linear (c->green), b = to_linear (c->blue);
  double red_green = 0.29275 * r + 0.70725 * g;
  EscRgb out;

  out.red = out.green = to_gamma (red_green);
  out.blue = to_gamma (CLAMP (-0.02234 * r + 0.02234 * g + b, 0.0, 1.0));
  return out;
}

static double
distance (const EscRgb *a,
          const EscRgb *b)
{
  double dr = a->red - b->red, dg = a->green - b->green, db = a->blue - b->blue;

  return sqrt (dr * dr + dg * dg + db * db);
}

static void
test_blocs_differ_for_colour_blind (void)
{
  for (guint s = 0; s < G_N_ELEMENTS (styles); s++)
    for (EscBloc a = 0; a < ESC_N_BLOCS; a++)
      for (EscBloc b = a + 1; b < ESC_N_BLOCS; b++)
        {
          EscRgb ca = esc_palette_bloc_color (styles[s], a);
          EscRgb cb = esc_palette_bloc_color (styles[s], b);
          EscRgb da = as_deuteranope (&ca), db = as_deuteranope (&cb);

          if (distance (&da, &db) < 0.15)
            g_error ("Blocs %s and %s look alike to a deuteranope in style %u",
                     esc_bloc_to_string (a), esc_bloc_to_string (b), styles[s]);
        }
}

static void
test_bloc_names_round_trip (void)
{
  for (EscBloc bloc = 0; bloc < ESC_N_BLOCS; bloc++)
    {
      EscBloc parsed = ESC_N_BLOCS;

      g_assert_true (esc_bloc_from_string (esc_bloc_to_string (bloc), &parsed));
      g_assert_cmpint (parsed, ==, bloc);
    }

  {
    EscBloc parsed = ESC_BLOC_OTHER;

    g_assert_false (esc_bloc_from_string ("Government", &parsed));
    g_assert_false (esc_bloc_from_string ("", &parsed));
    g_assert_false (esc_bloc_from_string (NULL, &parsed));
    g_assert_cmpint (parsed, ==, ESC_BLOC_OTHER);
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/charts/palette/contrast-formula", test_contrast_formula);
  g_test_add_func ("/charts/palette/blocs-stand-out", test_blocs_stand_out);
  g_test_add_func ("/charts/palette/colour-blind", test_blocs_differ_for_colour_blind);
  g_test_add_func ("/model/bloc/names", test_bloc_names_round_trip);

  return g_test_run ();
}
