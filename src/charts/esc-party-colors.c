/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A colour for every party: the dataset's where it gives one; else the first party of
 * each bloc takes the bloc's colour, and every further one the shade of its bloc's hues
 * that stands furthest from every colour already taken, as people with normal vision
 * and with each of the three dichromacies see it. Differences are measured in OKLab
 * (Björn Ottosson, 2020), whose distances follow what the eye sees more evenly than
 * sRGB's. */
#include "esc-party-colors.h"

#include <math.h>

/* Hues (OKLCH, degrees) that read as each bloc: the government's warm reds, oranges
 * and ambers; the opposition's cyans, blues and violets; others in muted tones of any
 * hue. */
static const struct {
  double hue_from, hue_to;
  double chroma_from, chroma_to;
} bloc_hues[ESC_N_BLOCS] = {
  [ESC_BLOC_GOVERNMENT] = { 5, 95, 0.08, 0.22 },
  [ESC_BLOC_OPPOSITION] = { 175, 315, 0.06, 0.20 },
  [ESC_BLOC_OTHER] = { 0, 360, 0.0, 0.06 },
};

/* How far the bloc's own colour must be from a colour the dataset gives to be used. */
#define BASE_CLEARANCE 10.0

#define HUE_STEPS 16
#define CHROMA_STEPS 4
#define LIGHTNESS_STEPS 20

typedef struct {
  double l, a, b;
} Lab;

typedef struct {
  EscRgb rgb;
  Lab seen[ESC_N_VISIONS];
  double closeness; /* to the bloc's own colour; set for shades only */
} Candidate;

static double
to_linear (double channel)
{
  return channel <= 0.04045 ? channel / 12.92 : pow ((channel + 0.055) / 1.055, 2.4);
}

static double
to_gamma (double channel)
{
  channel = CLAMP (channel, 0.0, 1.0);
  return channel <= 0.0031308 ? 12.92 * channel : 1.055 * pow (channel, 1 / 2.4) - 0.055;
}

static Lab
linear_to_oklab (double r,
                 double g,
                 double b)
{
  double l = cbrt (0.4122214708 * r + 0.5363325363 * g + 0.0514459929 * b);
  double m = cbrt (0.2119034982 * r + 0.6806995451 * g + 0.1073969566 * b);
  double s = cbrt (0.0883024619 * r + 0.2817188376 * g + 0.6299787005 * b);

  return (Lab) {
    0.2104542553 * l + 0.7936177850 * m - 0.0040720468 * s,
    1.9779984951 * l - 2.4285922050 * m + 0.4505937099 * s,
    0.0259040371 * l + 0.7827717662 * m - 0.8086757660 * s,
  };
}

/* FALSE where the colour lies outside sRGB. */
static gboolean
oklch_to_rgb (double  lightness,
              double  chroma,
              double  hue,
              EscRgb *out)
{
  double a = chroma * cos (hue * G_PI / 180), b = chroma * sin (hue * G_PI / 180);
  double l = pow (lightness + 0.3963377774 * a + 0.2158037573 * b, 3);
  double m = pow (lightness - 0.1055613458 * a - 0.0638541728 * b, 3);
  double s = pow (lightness - 0.0894841775 * a - 1.2914855480 * b, 3);
  double r = 4.0767416621 * l - 3.3077115913 * m + 0.2309699292 * s;
  double g = -1.2684380046 * l + 2.6097574011 * m - 0.3413193965 * s;
  double bl = -0.0041960863 * l - 0.7034186147 * m + 1.7076147010 * s;

  if (r < -1e-4 || r > 1 + 1e-4 || g < -1e-4 || g > 1 + 1e-4 || bl < -1e-4 || bl > 1 + 1e-4)
    return FALSE;
  *out = (EscRgb) { to_gamma (r), to_gamma (g), to_gamma (bl) };
  return TRUE;
}

/* How a dichromat sees @color: the matrices of Machado, Oliveira and Fernandes (2009)
 * at full severity, applied in linear RGB. */
EscRgb
esc_rgb_simulate (const EscRgb *color,
                  EscVision     vision)
{
  static const double matrices[ESC_N_VISIONS][3][3] = {
    [ESC_VISION_NORMAL] = { { 1, 0, 0 }, { 0, 1, 0 }, { 0, 0, 1 } },
    [ESC_VISION_PROTAN] = { { 0.152286, 1.052583, -0.204868 }, { 0.114503, 0.786281, 0.099216 },
                            { -0.003882, -0.048116, 1.051998 } },
    [ESC_VISION_DEUTAN] = { { 0.367322, 0.860646, -0.227968 }, { 0.280085, 0.672501, 0.047413 },
                            { -0.011820, 0.042940, 0.968881 } },
    [ESC_VISION_TRITAN] = { { 1.255528, -0.076749, -0.178779 }, { -0.078411, 0.930809, 0.147602 },
                            { 0.004733, 0.691367, 0.303900 } },
  };
  double in[3] = { to_linear (color->red), to_linear (color->green), to_linear (color->blue) }, out[3];

  g_return_val_if_fail ((guint) vision < ESC_N_VISIONS, *color);

  for (int i = 0; i < 3; i++)
    out[i] = matrices[vision][i][0] * in[0] + matrices[vision][i][1] * in[1] + matrices[vision][i][2] * in[2];
  return (EscRgb) { to_gamma (out[0]), to_gamma (out[1]), to_gamma (out[2]) };
}

static Lab
oklab_of (const EscRgb *color)
{
  return linear_to_oklab (to_linear (color->red), to_linear (color->green), to_linear (color->blue));
}

static double
lab_distance_squared (const Lab *a,
                      const Lab *b)
{
  return (a->l - b->l) * (a->l - b->l) + (a->a - b->a) * (a->a - b->a) + (a->b - b->b) * (a->b - b->b);
}

static double
lab_distance (const Lab *a,
              const Lab *b)
{
  return 100 * sqrt (lab_distance_squared (a, b));
}

/* The OKLab distance × 100: about 2 is the smallest difference one notices side by
 * side; 10 and more reads as another colour at a glance. */
double
esc_rgb_difference (const EscRgb *a,
                    const EscRgb *b)
{
  Lab la = oklab_of (a), lb = oklab_of (b);

  g_return_val_if_fail (a != NULL && b != NULL, 0);
  return lab_distance (&la, &lb);
}

/* The smallest difference anyone sees between @a and @b: with normal vision or any of
 * the three dichromacies. */
double
esc_rgb_difference_seen (const EscRgb *a,
                         const EscRgb *b)
{
  double smallest = G_MAXDOUBLE;

  g_return_val_if_fail (a != NULL && b != NULL, 0);
  for (EscVision vision = 0; vision < ESC_N_VISIONS; vision++)
    {
      EscRgb sa = esc_rgb_simulate (a, vision), sb = esc_rgb_simulate (b, vision);

      smallest = MIN (smallest, esc_rgb_difference (&sa, &sb));
    }
  return smallest;
}

/* The OKLCH hue in degrees, and the chroma. */
double
esc_rgb_hue (const EscRgb *color,
             double       *chroma)
{
  Lab lab = oklab_of (color);
  double hue = atan2 (lab.b, lab.a) * 180 / G_PI;

  if (chroma != NULL)
    *chroma = hypot (lab.a, lab.b);
  return hue < 0 ? hue + 360 : hue;
}

static void
see (Candidate *candidate)
{
  for (EscVision vision = 0; vision < ESC_N_VISIONS; vision++)
    {
      EscRgb seen = esc_rgb_simulate (&candidate->rgb, vision);

      candidate->seen[vision] = oklab_of (&seen);
    }
}

/* Every colour of @bloc's hues in sRGB that keeps the contrast its style asks for
 * against the surface: 3:1 for graphics (WCAG 1.4.11), 4.5:1 in high contrast. */
static GArray *
make_candidates (EscPaletteStyle style,
                 EscBloc         bloc)
{
  GArray *candidates = g_array_new (FALSE, FALSE, sizeof (Candidate));
  EscRgb background = esc_palette_background (style);
  EscRgb base = esc_palette_bloc_color (style, bloc);
  double minimum = (style & ESC_PALETTE_HIGH_CONTRAST) ? 4.5 : 3.0;

  for (guint h = 0; h < HUE_STEPS; h++)
    for (guint c = 0; c < CHROMA_STEPS; c++)
      for (guint l = 0; l < LIGHTNESS_STEPS; l++)
        {
          double hue = bloc_hues[bloc].hue_from + (bloc_hues[bloc].hue_to - bloc_hues[bloc].hue_from) * h / HUE_STEPS;
          double chroma = bloc_hues[bloc].chroma_from
                          + (bloc_hues[bloc].chroma_to - bloc_hues[bloc].chroma_from) * c / (CHROMA_STEPS - 1);
          double lightness = 0.25 + 0.65 * l / (LIGHTNESS_STEPS - 1);
          Candidate candidate;

          if (!oklch_to_rgb (lightness, chroma, hue, &candidate.rgb)
              || esc_rgb_contrast_ratio (&candidate.rgb, &background) < minimum)
            continue;
          see (&candidate);
          candidate.closeness = esc_rgb_difference (&candidate.rgb, &base);
          g_array_append_val (candidates, candidate);
        }
  return candidates;
}

static GArray *
candidates_for (EscPaletteStyle style,
                EscBloc         bloc)
{
  static GArray *cache[4][ESC_N_BLOCS];
  static GMutex lock;
  GArray *candidates;

  g_mutex_lock (&lock);
  if (cache[style][bloc] == NULL)
    cache[style][bloc] = make_candidates (style, bloc);
  candidates = cache[style][bloc];
  g_mutex_unlock (&lock);
  return candidates;
}

/* The smallest difference anyone sees between @candidate and the colours taken. */
static double
distance_to_taken (const Candidate *candidate,
                   const GArray    *taken)
{
  double smallest = G_MAXDOUBLE;

  for (guint t = 0; t < taken->len; t++)
    for (EscVision vision = 0; vision < ESC_N_VISIONS; vision++)
      smallest = MIN (smallest, lab_distance (&candidate->seen[vision],
                                              &g_array_index (taken, Candidate, t).seen[vision]));
  return smallest;
}

/* Each candidate's smallest squared OKLab distance to the colours taken so far, kept up
 * to date one taken colour at a time: measuring every candidate against every taken
 * colour again for each party made fifty parties cost ~10 ms; this way ~0.3 ms. */
typedef struct {
  GArray  *candidates;
  double  *nearest;
  guint    seen_taken;
} Shades;

static void
shades_catch_up (Shades       *shades,
                 const GArray *taken)
{
  for (; shades->seen_taken < taken->len; shades->seen_taken++)
    {
      const Candidate *other = &g_array_index (taken, Candidate, shades->seen_taken);

      for (guint i = 0; i < shades->candidates->len; i++)
        {
          const Candidate *candidate = &g_array_index (shades->candidates, Candidate, i);

          for (EscVision vision = 0; vision < ESC_N_VISIONS; vision++)
            shades->nearest[i] = MIN (shades->nearest[i],
                                      lab_distance_squared (&candidate->seen[vision], &other->seen[vision]));
        }
    }
}

/* The shade of @bloc furthest from everything taken; between shades as far, the one
 * nearest the bloc's own colour, so that it still reads as the bloc's. */
static EscRgb
furthest_shade (EscPaletteStyle  style,
                EscBloc          bloc,
                Shades          *shades,
                const GArray    *taken)
{
  EscRgb base = esc_palette_bloc_color (style, bloc);
  double best = -1, best_closeness = G_MAXDOUBLE;
  EscRgb chosen = base;

  if (shades->candidates == NULL)
    {
      shades->candidates = candidates_for (style, bloc);
      shades->nearest = g_new (double, MAX (shades->candidates->len, 1));
      for (guint i = 0; i < shades->candidates->len; i++)
        shades->nearest[i] = G_MAXDOUBLE;
    }
  shades_catch_up (shades, taken);

  for (guint i = 0; i < shades->candidates->len; i++)
    {
      const Candidate *candidate = &g_array_index (shades->candidates, Candidate, i);
      /* Rounded, so that nearly equal distances are told apart by closeness to the base. */
      double distance = shades->nearest[i] == G_MAXDOUBLE ? G_MAXDOUBLE : floor (100 * sqrt (shades->nearest[i]) * 2) / 2;

      if (distance > best || (distance == best && candidate->closeness < best_closeness))
        {
          best = distance;
          best_closeness = candidate->closeness;
          chosen = candidate->rgb;
        }
    }
  return chosen;
}

/* Whether the bloc's own colour is clear of every colour taken: a dataset may give
 * another party of the bloc nearly the same one. */
static gboolean
base_is_free (EscPaletteStyle  style,
              EscBloc          bloc,
              const GArray    *taken)
{
  Candidate base = { .rgb = esc_palette_bloc_color (style, bloc) };

  see (&base);
  return distance_to_taken (&base, taken) >= BASE_CLEARANCE;
}

static void
take (GArray       *taken,
      const EscRgb *color)
{
  Candidate candidate = { .rgb = *color };

  see (&candidate);
  g_array_append_val (taken, candidate);
}

static EscRgb
rgb_of (guint32 hex)
{
  return (EscRgb) { (hex >> 16 & 0xff) / 255.0, (hex >> 8 & 0xff) / 255.0, (hex & 0xff) / 255.0 };
}

/**
 * esc_palette_party_colors:
 * @parties: (array length=n): each party's bloc and own colour, in the dataset's order
 * @out: (array length=n): filled with each party's colour
 *
 * The first party of a bloc without a colour of its own takes the bloc's, unless a
 * colour the dataset gives is close to it. A party's colour depends on the colours the
 * dataset gives and on the parties before it only, so adding a party at the end
 * repaints no other.
 */
void
esc_palette_party_colors (EscPaletteStyle             style,
                          const EscPartyColorRequest *parties,
                          guint                       n,
                          EscRgb                     *out)
{
  g_autoptr(GArray) taken = g_array_new (FALSE, FALSE, sizeof (Candidate));
  gboolean bloc_used[ESC_N_BLOCS] = { FALSE };
  Shades shades[ESC_N_BLOCS] = { { NULL, NULL, 0 } };

  g_return_if_fail ((guint) style < 4);
  g_return_if_fail (n == 0 || (parties != NULL && out != NULL));

  /* The dataset's colours first: no shade is chosen close to one of them. */
  for (guint i = 0; i < n; i++)
    if (parties[i].has_color)
      {
        EscRgb own = rgb_of (parties[i].color);

        take (taken, &own);
      }

  for (guint i = 0; i < n; i++)
    {
      EscBloc bloc = (guint) parties[i].bloc < ESC_N_BLOCS ? parties[i].bloc : ESC_BLOC_OTHER;

      if (parties[i].has_color)
        out[i] = rgb_of (parties[i].color);
      else if (!bloc_used[bloc] && base_is_free (style, bloc, taken))
        out[i] = esc_palette_bloc_color (style, bloc);
      else
        out[i] = furthest_shade (style, bloc, &shades[bloc], taken);
      if (!parties[i].has_color)
        {
          bloc_used[bloc] = TRUE;
          take (taken, &out[i]);
        }
    }
  for (guint b = 0; b < ESC_N_BLOCS; b++)
    g_free (shades[b].nearest);
}
