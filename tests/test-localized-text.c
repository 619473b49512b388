/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "esc-localized-text.h"

static EscLocalizedText *
make_text (void)
{
  const char *tags[] = { "es", "en", "pt-BR", NULL };
  const char *texts[] = { "Elecciones regionales", "Regional elections", "Eleições regionais", NULL };

  return esc_localized_text_new (tags, texts);
}

static void
assert_picks (EscLocalizedText   *text,
              const char * const *languages,
              const char         *expected_tag)
{
  const char *tag = NULL;
  const char *value = esc_localized_text_lookup (text, languages, &tag);

  g_assert_nonnull (value);
  g_assert_cmpstr (tag, ==, expected_tag);
}

static void
test_exact_and_locale_names (void)
{
  g_autoptr(EscLocalizedText) text = make_text ();
  const char *spanish[] = { "es_VE.UTF-8", "es_VE", "es", "C", NULL };
  const char *brazil[] = { "pt_BR.UTF-8", "pt_BR", "pt", "C", NULL };
  const char *case_differs[] = { "PT-br", NULL };

  assert_picks (text, spanish, "es");
  g_assert_cmpstr (esc_localized_text_lookup (text, spanish, NULL), ==, "Elecciones regionales");
  assert_picks (text, brazil, "pt-BR");
  assert_picks (text, case_differs, "pt-BR");
}

static void
test_user_order_wins (void)
{
  g_autoptr(EscLocalizedText) text = make_text ();
  /* LANGUAGE=pt:es — Portuguese first, even though Spanish comes first in the data. */
  const char *portuguese_first[] = { "pt", "es", NULL };
  /* Another variety of the first language beats an exact match of the second. */
  const char *regional[] = { "pt-PT", "en", NULL };
  /* Within one language the exact region wins over the first one listed. */
  const char *tags[] = { "es-ES", "es-VE", NULL };
  const char *texts[] = { "ordenador", "computadora", NULL };
  g_autoptr(EscLocalizedText) spanish = esc_localized_text_new (tags, texts);
  const char *venezuela[] = { "es_VE.UTF-8", "es_VE", "es", NULL };

  assert_picks (text, portuguese_first, "pt-BR");
  assert_picks (text, regional, "pt-BR");
  assert_picks (spanish, venezuela, "es-VE");
}

/* Every variant, in the order given, with its tag. */
static void
test_variants (void)
{
  const char *tags[] = { "es-ES", "es-VE", "", NULL };
  const char *texts[] = { "ordenador", "computadora", "computer", NULL };
  g_autoptr(EscLocalizedText) text = esc_localized_text_new (tags, texts);

  g_assert_cmpuint (esc_localized_text_get_n_variants (text), ==, 3);
  for (guint i = 0; i < 3; i++)
    {
      const char *tag = NULL;

      g_assert_cmpstr (esc_localized_text_get_variant (text, i, &tag), ==, texts[i]);
      g_assert_cmpstr (tag, ==, tags[i]);
    }
  g_assert_cmpstr (esc_localized_text_get_variant (text, 1, NULL), ==, "computadora");
}

static void
test_primary_language_fallback (void)
{
  g_autoptr(EscLocalizedText) text = make_text ();
  const char *portugal[] = { "pt_PT.UTF-8", "pt_PT", "C", NULL };
  const char *argentina[] = { "es-AR", NULL };

  assert_picks (text, portugal, "pt-BR");
  assert_picks (text, argentina, "es");
}

static void
test_english_then_untagged_then_first (void)
{
  g_autoptr(EscLocalizedText) text = make_text ();
  const char *tags[] = { "fr", "", "de", NULL };
  const char *texts[] = { "Élections", "Wahlen oder elections", "Wahlen", NULL };
  g_autoptr(EscLocalizedText) no_english = esc_localized_text_new (tags, texts);
  const char *first_tags[] = { "fr", "de", NULL };
  const char *first_texts[] = { "Élections", "Wahlen", NULL };
  g_autoptr(EscLocalizedText) only_others = esc_localized_text_new (first_tags, first_texts);
  const char *japanese[] = { "ja_JP.UTF-8", "ja", "C", NULL };
  const char *c_locale[] = { "C", NULL };

  assert_picks (text, japanese, "en");
  assert_picks (text, c_locale, "en");
  assert_picks (text, NULL, "en");
  assert_picks (no_english, japanese, "");
  assert_picks (only_others, japanese, "fr");
}

static void
test_plain (void)
{
  g_autoptr(EscLocalizedText) text = esc_localized_text_new_plain ("Caracas");
  const char *spanish[] = { "es", NULL };

  g_assert_cmpuint (esc_localized_text_get_n_variants (text), ==, 1);
  assert_picks (text, spanish, "");
  g_assert_cmpstr (esc_localized_text_lookup (text, spanish, NULL), ==, "Caracas");
}

static void
test_refcount_and_boxed (void)
{
  EscLocalizedText *text = make_text ();
  GValue value = G_VALUE_INIT;

  g_value_init (&value, ESC_TYPE_LOCALIZED_TEXT);
  g_value_set_boxed (&value, text);
  esc_localized_text_unref (text);
  /* The GValue's copy keeps it alive. */
  g_assert_cmpuint (esc_localized_text_get_n_variants (g_value_get_boxed (&value)), ==, 3);
  g_value_unset (&value);
}

/* A form edits the variant the reader sees; the others and every tag stay. */
static void
test_replace_shown (void)
{
  g_autoptr(EscLocalizedText) text = make_text ();
  g_autoptr(EscLocalizedText) edited = NULL;
  g_autoptr(EscLocalizedText) fresh = esc_localized_text_replace_shown (NULL, "Nueva");
  const char *tag = NULL;

  g_setenv ("LANGUAGE", "pt_BR", TRUE);
  edited = esc_localized_text_replace_shown (text, "Eleições estaduais");
  g_assert_cmpuint (esc_localized_text_get_n_variants (edited), ==, 3);
  g_assert_cmpstr (esc_localized_text_get_variant (edited, 0, &tag), ==, "Elecciones regionales");
  g_assert_cmpstr (tag, ==, "es");
  g_assert_cmpstr (esc_localized_text_get_variant (edited, 2, &tag), ==, "Eleições estaduais");
  g_assert_cmpstr (tag, ==, "pt-BR");
  g_assert_cmpstr (esc_localized_text_get_variant (text, 2, NULL), ==, "Eleições regionais");
  g_assert_cmpstr (esc_localized_text_get_variant (fresh, 0, &tag), ==, "Nueva");
  g_assert_cmpstr (tag, ==, "");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/model/localized-text/exact", test_exact_and_locale_names);
  g_test_add_func ("/model/localized-text/user-order", test_user_order_wins);
  g_test_add_func ("/model/localized-text/primary-language", test_primary_language_fallback);
  g_test_add_func ("/model/localized-text/english-untagged-first", test_english_then_untagged_then_first);
  g_test_add_func ("/model/localized-text/plain", test_plain);
  g_test_add_func ("/model/localized-text/variants", test_variants);
  g_test_add_func ("/model/localized-text/boxed", test_refcount_and_boxed);
  g_test_add_func ("/model/localized-text/replace-shown", test_replace_shown);

  return g_test_run ();
}
