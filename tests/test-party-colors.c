/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Every party its own colour: told apart with normal vision and each dichromacy, in
 * every style, still reading as its bloc, with contrast against the surface. */
#include "esc-party-colors.h"

#include <math.h>

static const EscPaletteStyle styles[] = {
  ESC_PALETTE_LIGHT,
  ESC_PALETTE_DARK,
  ESC_PALETTE_HIGH_CONTRAST,
  ESC_PALETTE_DARK | ESC_PALETTE_HIGH_CONTRAST,
};

/* OKLab distance × 100, the smallest that anyone sees (normal vision, protanopia,
 * deuteranopia, tritanopia). 7 is two colours one tells apart at a glance on a chart;
 * past four parties in one bloc, the shades of one family crowd, and 4 is what keeps
 * them apart side by side, as in a legend. */
#define CLEAR_DIFFERENCE 7.0
#define CROWDED_DIFFERENCE 4.0

static void
colors_for (EscPaletteStyle              style,
            const EscPartyColorRequest *requests,
            guint                       n,
            EscRgb                     *out)
{
  esc_palette_party_colors (style, requests, n, out);
}

static double
smallest_difference (const EscRgb *colors,
                     guint         n)
{
  double smallest = G_MAXDOUBLE;

  for (guint i = 0; i < n; i++)
    for (guint j = i + 1; j < n; j++)
      smallest = MIN (smallest, esc_rgb_difference_seen (&colors[i], &colors[j]));
  return smallest;
}

/* Hue windows that read as each bloc; others are muted. */
static void
check_reads_as_bloc (EscPaletteStyle style,
                     EscBloc         bloc,
                     const EscRgb   *color)
{
  double chroma, hue = esc_rgb_hue (color, &chroma);

  switch (bloc)
    {
    case ESC_BLOC_GOVERNMENT:
      g_assert_cmpfloat (hue, >=, 5 - 1);
      g_assert_cmpfloat (hue, <=, 95 + 1);
      break;
    case ESC_BLOC_OPPOSITION:
      g_assert_cmpfloat (hue, >=, 175 - 1);
      g_assert_cmpfloat (hue, <=, 315 + 1);
      break;
    case ESC_BLOC_OTHER:
    default:
      g_assert_cmpfloat (chroma, <=, 0.065);
      break;
    }
  (void) style;
}

static void
check_contrast (EscPaletteStyle style,
                const EscRgb   *color)
{
  EscRgb background = esc_palette_background (style);
  double minimum = (style & ESC_PALETTE_HIGH_CONTRAST) ? 4.5 : 3.0;

  g_assert_cmpfloat (esc_rgb_contrast_ratio (color, &background), >=, minimum - 0.01);
}

/* One to eight parties in one bloc, no colours given, every style. */
static void
test_one_bloc (void)
{
  for (guint s = 0; s < G_N_ELEMENTS (styles); s++)
    for (EscBloc bloc = 0; bloc < ESC_N_BLOCS; bloc++)
      for (guint n = 1; n <= 8; n++)
        {
          EscPartyColorRequest requests[8] = { { 0 } };
          EscRgb colors[8], base = esc_palette_bloc_color (styles[s], bloc);
          double smallest;

          for (guint i = 0; i < n; i++)
            requests[i].bloc = bloc;
          colors_for (styles[s], requests, n, colors);

          /* The first keeps the bloc's colour: two-party elections look as before. */
          g_assert_cmpfloat (esc_rgb_difference (&colors[0], &base), <, 1e-9);
          for (guint i = 0; i < n; i++)
            {
              check_reads_as_bloc (styles[s], bloc, &colors[i]);
              check_contrast (styles[s], &colors[i]);
            }
          smallest = smallest_difference (colors, n);
          if (n > 1)
            g_test_message ("style %u, bloc %s, %u parties: smallest difference %.1f", styles[s],
                            esc_bloc_to_string (bloc), n, smallest);
          if (smallest < (n <= 4 ? CLEAR_DIFFERENCE : CROWDED_DIFFERENCE))
            g_error ("style %u, bloc %s, %u parties: colours only %.1f apart", styles[s], esc_bloc_to_string (bloc),
                     n, smallest);
        }
}

/* Twelve parties over the three blocs, and a parliament where the dataset colours two:
 * its colours kept, the others kept clear of them. */
static void
test_mixed (void)
{
  for (guint s = 0; s < G_N_ELEMENTS (styles); s++)
    {
      EscPartyColorRequest requests[12] = { { 0 } };
      EscPartyColorRequest given[8] = {
        { ESC_BLOC_GOVERNMENT, TRUE, 0xe8731a }, { ESC_BLOC_GOVERNMENT, FALSE, 0 },
        { ESC_BLOC_OPPOSITION, TRUE, 0xc8102e }, { ESC_BLOC_OPPOSITION, FALSE, 0 },
        { ESC_BLOC_OPPOSITION, FALSE, 0 }, { ESC_BLOC_OPPOSITION, FALSE, 0 },
        { ESC_BLOC_OPPOSITION, FALSE, 0 }, { ESC_BLOC_OTHER, FALSE, 0 },
      };
      EscRgb colors[12];

      for (guint i = 0; i < 12; i++)
        requests[i].bloc = i % ESC_N_BLOCS;
      colors_for (styles[s], requests, 12, colors);
      g_test_message ("style %u, 12 parties: smallest difference %.1f", styles[s], smallest_difference (colors, 12));
      g_assert_cmpfloat (smallest_difference (colors, 12), >=, CROWDED_DIFFERENCE);

      colors_for (styles[s], given, 8, colors);
      g_assert_cmpfloat (colors[0].red, ==, 0xe8 / 255.0);
      g_assert_cmpfloat (colors[2].blue, ==, 0x2e / 255.0);
      g_test_message ("style %u, 8 parties, 2 coloured: smallest difference %.1f", styles[s],
                      smallest_difference (colors, 8));
      g_assert_cmpfloat (smallest_difference (colors, 8), >=, CROWDED_DIFFERENCE);
    }
}

/* The same parties get the same colours, and a party added at the end repaints none. */
static void
test_stable (void)
{
  EscPartyColorRequest requests[6] = {
    { ESC_BLOC_OPPOSITION, FALSE, 0 }, { ESC_BLOC_OPPOSITION, FALSE, 0 }, { ESC_BLOC_GOVERNMENT, FALSE, 0 },
    { ESC_BLOC_OPPOSITION, FALSE, 0 }, { ESC_BLOC_OTHER, FALSE, 0 }, { ESC_BLOC_OPPOSITION, FALSE, 0 },
  };
  EscRgb all[6], again[6], fewer[4];

  colors_for (ESC_PALETTE_LIGHT, requests, 6, all);
  colors_for (ESC_PALETTE_LIGHT, requests, 6, again);
  colors_for (ESC_PALETTE_LIGHT, requests, 4, fewer);
  for (guint i = 0; i < 6; i++)
    g_assert_cmpfloat (esc_rgb_difference (&all[i], &again[i]), ==, 0);
  for (guint i = 0; i < 4; i++)
    g_assert_cmpfloat (esc_rgb_difference (&all[i], &fewer[i]), ==, 0);
}

/* The simulations are the dichromacies they claim to be: red and green that differ in
 * hue only come out close for a deuteranope, and blue and yellow do not. */
static void
test_simulation (void)
{
  EscRgb red = { 0.8, 0.3, 0.2 }, green = { 0.45, 0.5, 0.2 }, blue = { 0.1, 0.3, 0.9 }, yellow = { 0.9, 0.8, 0.2 };
  EscRgb r = esc_rgb_simulate (&red, ESC_VISION_DEUTAN), g = esc_rgb_simulate (&green, ESC_VISION_DEUTAN);
  EscRgb b = esc_rgb_simulate (&blue, ESC_VISION_DEUTAN), y = esc_rgb_simulate (&yellow, ESC_VISION_DEUTAN);

  g_assert_cmpfloat (esc_rgb_difference (&r, &g), <, esc_rgb_difference (&red, &green) / 2);
  g_assert_cmpfloat (esc_rgb_difference (&b, &y), >, 40);
  /* Normal vision sees the colour itself. */
  g = esc_rgb_simulate (&green, ESC_VISION_NORMAL);
  g_assert_cmpfloat (esc_rgb_difference (&g, &green), <, 1e-6);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/palette/parties/one-bloc", test_one_bloc);
  g_test_add_func ("/palette/parties/mixed", test_mixed);
  g_test_add_func ("/palette/parties/stable", test_stable);
  g_test_add_func ("/palette/parties/simulation", test_simulation);

  return g_test_run ();
}
