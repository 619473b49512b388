/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Which country a reaction's passage speaks of: the articles' phrasings, and Spanish
 * and Portuguese ones, by iso-codes' names and the short forms articles use. */
#include "config.h"

#include "esc-country-mention.h"

static void
test_articles (void)
{
  /* The election's own country is named throughout; the reaction is someone else's. */
  g_assert_cmpstr (esc_country_mention_find ("The US affirms that elections in Venezuela “do not reflect the will of the people”",
                                             "en", "VE"), ==, "US");
  g_assert_cmpstr (esc_country_mention_find ("USA and 50 other countries do not recognize Maduro's re-election", "en", "VE"), ==, "US");
  g_assert_cmpstr (esc_country_mention_find ("The United States said the result does not reflect the will of Venezuelans", "en", "VE"),
                   ==, "US");
  g_assert_cmpstr (esc_country_mention_find ("Venezuela held its vote on Sunday.", "en", NULL), ==, "VE");
  g_assert_null (esc_country_mention_find ("Venezuela held its vote on Sunday.", "en", "VE"));
}

static void
test_languages (void)
{
  g_assert_cmpstr (esc_country_mention_find ("El Gobierno de Brasil pidió las actas de votación.", "es", "VE"), ==, "BR");
  g_assert_cmpstr (esc_country_mention_find ("Estados Unidos no reconoce los resultados.", "es", "VE"), ==, "US");
  g_assert_cmpstr (esc_country_mention_find ("Según EE. UU., el CNE debe publicar las actas.", "es", "VE"), ==, "US");
  g_assert_cmpstr (esc_country_mention_find ("A Colômbia e o Chile pediram transparência.", "pt-BR", "VE"), ==, "CO");
  g_assert_cmpstr (esc_country_mention_find ("Os EUA pediram a divulgação das atas.", "pt", "VE"), ==, "US");
  g_assert_cmpstr (esc_country_mention_find ("ALEMANIA se sumó.", "es", NULL), ==, "DE");
}

/* "us" is a pronoun, and names inside words name nothing. */
static void
test_not_names (void)
{
  g_assert_null (esc_country_mention_find ("They told us the count would be slow.", "en", NULL));
  g_assert_null (esc_country_mention_find ("A Peruvian-style chaos, a franchise of frauds.", "en", NULL));
  g_assert_null (esc_country_mention_find ("", NULL, NULL));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/model/country-mention/articles", test_articles);
  g_test_add_func ("/model/country-mention/languages", test_languages);
  g_test_add_func ("/model/country-mention/not-names", test_not_names);

  return g_test_run ();
}
