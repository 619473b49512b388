/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Figures read from passages: the phrasings of the five articles the built-in dataset
 * cites (English), and the same kinds of phrase in Spanish and Portuguese. */
#include "config.h"

#include <math.h>
#include <string.h>

#include "esc-quoted-figure.h"

typedef struct {
  const char *language;
  const char *passage;
  double value;
  guint decimals;
  double out_of;          /* 0: none */
  EscUnit unit;
  EscQualifier qualifier;
  const char *text;       /* what of the passage the figure takes */
} Case;

static const Case cases[] = {
  /* The articles' own phrasings. */
  { "en", "Venezuela's ruling party has won 20 out of 23 state governorships in regional elections",
    20, 0, 23, ESC_UNIT_COUNT, ESC_QUALIFIER_EXACT, "20 out of 23" },
  { "en", "Turnout was low at 41.8%.", 41.8, 1, 0, ESC_UNIT_PERCENT, ESC_QUALIFIER_EXACT, "41.8%" },
  { "en", "marred by vote-rigging claims and more than 50 countries refused to recognise him",
    50, 0, 0, ESC_UNIT_COUNT, ESC_QUALIFIER_MORE_THAN, "more than 50" },
  { "en", "Venezuela's ruling party has won at least 18 states in 23 provinces.",
    18, 0, 0, ESC_UNIT_COUNT, ESC_QUALIFIER_AT_LEAST, "at least 18" },
  { "en", "The ruling Chavismo won the main municipality of Caracas and 18 of the 23 governorships",
    18, 0, 23, ESC_UNIT_COUNT, ESC_QUALIFIER_EXACT, "18 of the 23" },
  { "en", "And in an election in which 42.26% of the 21 million voters called to vote went to the polls",
    42.26, 2, 0, ESC_UNIT_PERCENT, ESC_QUALIFIER_EXACT, "42.26%" },
  { "en", "saying Maduro had 51% of the vote compared to 44% for opposition candidate",
    51, 0, 0, ESC_UNIT_PERCENT, ESC_QUALIFIER_EXACT, "51%" },
  { "en", "Maduro won 51 percent of the vote, compared to 44 percent for Edmundo González",
    51, 0, 0, ESC_UNIT_PERCENT, ESC_QUALIFIER_EXACT, "51 percent" },
  { "en", "saying the winner was opposition candidate González with more than 70 percent of the vote",
    70, 0, 0, ESC_UNIT_PERCENT, ESC_QUALIFIER_MORE_THAN, "more than 70 percent" },
  /* The year before it is not the figure. */
  { "en", "The election in 2018 was marred by claims; USA and 50 other countries do not recognize it",
    50, 0, 0, ESC_UNIT_COUNT, ESC_QUALIFIER_EXACT, "50" },
  { "en", "the 21 million voters", 21e6, 0, 0, ESC_UNIT_PEOPLE, ESC_QUALIFIER_EXACT, "21 million voters" },
  { "en", "Turnout was 1,234,567 votes.", 1234567, 0, 0, ESC_UNIT_VOTES, ESC_QUALIFIER_EXACT, "1,234,567 votes" },

  /* Spanish. */
  { "es", "El CNE dio a Maduro el 51,2 % de los votos.", 51.2, 1, 0, ESC_UNIT_PERCENT, ESC_QUALIFIER_EXACT, "51,2 %" },
  { "es", "Maduro obtuvo 5.150.092 votos.", 5150092, 0, 0, ESC_UNIT_VOTES, ESC_QUALIFIER_EXACT, "5.150.092 votos" },
  { "es", "El oficialismo ganó 20 de las 23 gobernaciones.", 20, 0, 23, ESC_UNIT_COUNT, ESC_QUALIFIER_EXACT, "20 de las 23" },
  { "es", "La participación fue de 42,26 por ciento.", 42.26, 2, 0, ESC_UNIT_PERCENT, ESC_QUALIFIER_EXACT, "42,26 por ciento" },
  { "es", "González habría obtenido más del 70 % de los votos.", 70, 0, 0, ESC_UNIT_PERCENT, ESC_QUALIFIER_MORE_THAN, "más del 70 %" },
  { "es", "González habría obtenido más de 70 % de los votos.", 70, 0, 0, ESC_UNIT_PERCENT, ESC_QUALIFIER_MORE_THAN, "más de 70 %" },
  { "es", "Votaron unos 21 millones de electores.", 21e6, 0, 0, ESC_UNIT_COUNT, ESC_QUALIFIER_ABOUT, "unos 21 millones" },
  { "es", "Al menos 18 gobernaciones fueron para el PSUV.", 18, 0, 0, ESC_UNIT_COUNT, ESC_QUALIFIER_AT_LEAST, "Al menos 18" },
  { "es", "En 2021 votaron 150 mil personas menos.", 150000, 0, 0, ESC_UNIT_PEOPLE, ESC_QUALIFIER_EXACT, "150 mil personas" },
  { "es", "Un resultado de 42.26 en un texto con punto.", 42.26, 2, 0, ESC_UNIT_COUNT, ESC_QUALIFIER_EXACT, "42.26" },

  /* Portuguese. */
  { "pt-BR", "Maduro teve 51,2% dos votos.", 51.2, 1, 0, ESC_UNIT_PERCENT, ESC_QUALIFIER_EXACT, "51,2%" },
  { "pt", "O partido venceu em 20 dos 23 estados.", 20, 0, 23, ESC_UNIT_COUNT, ESC_QUALIFIER_EXACT, "20 dos 23" },
  { "pt-BR", "Foram 5.150.092 votos.", 5150092, 0, 0, ESC_UNIT_VOTES, ESC_QUALIFIER_EXACT, "5.150.092 votos" },
  { "pt-BR", "Mais de 70 por cento dos eleitores.", 70, 0, 0, ESC_UNIT_PERCENT, ESC_QUALIFIER_MORE_THAN, "Mais de 70 por cento" },
  { "pt", "Cerca de 21 milhões de eleitores.", 21e6, 0, 0, ESC_UNIT_COUNT, ESC_QUALIFIER_ABOUT, "Cerca de 21 milhões" },
  { "pt", "Pelo menos 18 governos estaduais.", 18, 0, 0, ESC_UNIT_COUNT, ESC_QUALIFIER_AT_LEAST, "Pelo menos 18" },

  /* In words: taken where no figure in digits is there. */
  { "en", "Three out of four Venezuelans are living in extreme poverty", 3, 0, 4, ESC_UNIT_COUNT,
    ESC_QUALIFIER_EXACT, "Three out of four" },
  { "en", "seven in ten voters stayed home", 7, 0, 10, ESC_UNIT_COUNT, ESC_QUALIFIER_EXACT, "seven in ten" },
  { "en", "the alliance took two-thirds of the seats", 2, 0, 3, ESC_UNIT_COUNT, ESC_QUALIFIER_EXACT, "two-thirds" },
  { "en", "he won more than half of the vote", 1, 0, 2, ESC_UNIT_COUNT, ESC_QUALIFIER_MORE_THAN, "more than half" },
  { "en", "some five million voters", 5e6, 0, 0, ESC_UNIT_PEOPLE, ESC_QUALIFIER_ABOUT, "some five million voters" },
  { "en", "one of the candidates had 51% of the vote", 51, 0, 0, ESC_UNIT_PERCENT, ESC_QUALIFIER_EXACT, "51%" },
  { "es", "Tres de cada cuatro venezolanos viven en pobreza", 3, 0, 4, ESC_UNIT_COUNT, ESC_QUALIFIER_EXACT,
    "Tres de cada cuatro" },
  { "es", "La alianza obtuvo dos tercios de los escaños", 2, 0, 3, ESC_UNIT_COUNT, ESC_QUALIFIER_EXACT, "dos tercios" },
  { "es", "Casi la mitad de los votos", 1, 0, 2, ESC_UNIT_COUNT, ESC_QUALIFIER_ABOUT, "Casi la mitad" },
  { "pt", "três em cada quatro eleitores", 3, 0, 4, ESC_UNIT_COUNT, ESC_QUALIFIER_EXACT, "três em cada quatro" },
  { "pt-BR", "Ele teve metade dos votos", 1, 0, 2, ESC_UNIT_COUNT, ESC_QUALIFIER_EXACT, "metade" },
  /* "dos" is "of the" in Portuguese, not two. */
  { "pt", "O partido venceu na maioria dos estados, 20 dos 23", 20, 0, 23, ESC_UNIT_COUNT, ESC_QUALIFIER_EXACT,
    "20 dos 23" },
  { "fr", "Il a obtenu 21\xc2\xa0" "000 voix.", 21000, 0, 0, ESC_UNIT_COUNT, ESC_QUALIFIER_EXACT, "21\xc2\xa0" "000" },
};

static void
test_cases (void)
{
  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      const Case *c = &cases[i];
      EscQuotedFigure figure;
      g_autofree char *text = NULL;

      g_test_message ("%s: %s", c->language, c->passage);
      g_assert_true (esc_quoted_figure_parse (c->passage, c->language, &figure));
      text = g_strndup (c->passage + figure.start, figure.end - figure.start);
      g_assert_cmpstr (text, ==, c->text);
      g_assert_cmpfloat_with_epsilon (figure.value, c->value, 1e-9 * MAX (1, c->value));
      g_assert_cmpuint (figure.decimals, ==, c->decimals);
      g_assert_cmpint (figure.has_out_of, ==, c->out_of > 0);
      if (c->out_of > 0)
        g_assert_cmpfloat (figure.out_of, ==, c->out_of);
      g_assert_cmpint (figure.unit, ==, c->unit);
      g_assert_cmpint (figure.qualifier, ==, c->qualifier);
    }
}

/* Every figure of a passage, in order; words and names with digits are none. */
static void
test_find_all (void)
{
  g_autoptr(GArray) figures = esc_quoted_figures_find (
    "In 2018, COVID-19 aside, the G20 saw the 20th vote: 51% for Maduro, 44% for González.", "en");
  g_autoptr(GArray) none = esc_quoted_figures_find ("No figures here, only words.", "en");

  g_assert_cmpuint (figures->len, ==, 3);
  g_assert_cmpfloat (g_array_index (figures, EscQuotedFigure, 0).value, ==, 2018);
  g_assert_cmpfloat (g_array_index (figures, EscQuotedFigure, 1).value, ==, 51);
  g_assert_cmpfloat (g_array_index (figures, EscQuotedFigure, 2).value, ==, 44);
  g_assert_cmpuint (none->len, ==, 0);
}

/* A whole is its part's, not a figure again; figures never overlap. */
static void
test_no_overlap (void)
{
  g_autoptr(GArray) figures = esc_quoted_figures_find ("Won 20 out of 23, then 5 of 9 and more than 3.", "en");

  g_assert_cmpuint (figures->len, ==, 3);
  g_assert_cmpfloat (g_array_index (figures, EscQuotedFigure, 0).out_of, ==, 23);
  g_assert_cmpfloat (g_array_index (figures, EscQuotedFigure, 1).out_of, ==, 9);
  g_assert_cmpint (g_array_index (figures, EscQuotedFigure, 2).qualifier, ==, ESC_QUALIFIER_MORE_THAN);
  for (guint i = 1; i < figures->len; i++)
    g_assert_cmpuint (g_array_index (figures, EscQuotedFigure, i).start, >=,
                      g_array_index (figures, EscQuotedFigure, i - 1).end);
}

/* A whole smaller than the part, or a year, is not its whole. */
static void
test_not_a_whole (void)
{
  EscQuotedFigure figure;

  g_assert_true (esc_quoted_figure_parse ("They won 20 of 3 seats", "en", &figure));
  g_assert_false (figure.has_out_of);
  g_assert_true (esc_quoted_figure_parse ("Some 20 of 2024 were cancelled", "en", &figure));
  g_assert_false (figure.has_out_of);
  g_assert_cmpint (figure.qualifier, ==, ESC_QUALIFIER_ABOUT);
}

/* Hostile text: long digit runs, marks everywhere, nothing but a year. */
static void
test_odd_text (void)
{
  g_autofree char *digits = g_strnfill (5000, '9');
  EscQuotedFigure figure;
  g_autoptr(GArray) marks = esc_quoted_figures_find ("1.2.3,4,5 ,,, .. 6,", "es");

  /* Past what a double holds: no figure. */
  g_assert_false (esc_quoted_figure_parse (digits, "en", &figure));
  g_assert_cmpuint (marks->len, ==, 2);
  g_assert_true (esc_quoted_figure_parse ("Back in 1998.", "en", &figure));
  g_assert_cmpfloat (figure.value, ==, 1998);
  g_assert_false (esc_quoted_figure_parse ("", NULL, &figure));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/model/quoted-figure/cases", test_cases);
  g_test_add_func ("/model/quoted-figure/find-all", test_find_all);
  g_test_add_func ("/model/quoted-figure/not-a-whole", test_not_a_whole);
  g_test_add_func ("/model/quoted-figure/no-overlap", test_no_overlap);
  g_test_add_func ("/model/quoted-figure/odd-text", test_odd_text);

  return g_test_run ();
}
