/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Languages named as people name them, from the tag an article gives. */
#include "config.h"

#include <locale.h>

#include "esc-language.h"

static void
assert_name (const char *tag,
             const char *expected)
{
  g_autofree char *name = esc_language_get_display_name (tag);

  g_assert_cmpstr (name, ==, expected);
}

static void
test_english (void)
{
  assert_name ("es", "Spanish");
  assert_name ("EN", "English");
  assert_name ("pt-BR", "Portuguese (Brazil)");
  assert_name ("es-419", "Spanish");
  assert_name ("zh-Hant-TW", "Chinese (Taiwan)");
  assert_name ("spa", "Spanish");
  /* Unknown to iso-codes: the tag as given. */
  assert_name ("x-klingon", "x-klingon");
  assert_name ("", "");
}

/* In the user's language, through iso-codes' own translations. */
static void
test_translated (void)
{
  g_autofree char *spanish = NULL;

  if (setlocale (LC_ALL, "es_ES.UTF-8") == NULL && setlocale (LC_ALL, "C.UTF-8") == NULL)
    {
      g_test_skip ("no UTF-8 locale");
      return;
    }
  g_setenv ("LANGUAGE", "es", TRUE);
  spanish = esc_language_get_display_name ("en");
  g_assert_cmpstr (spanish, ==, "Inglés");
  g_setenv ("LANGUAGE", "C", TRUE);
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("LANGUAGE", "C", TRUE);
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/model/language/english", test_english);
  g_test_add_func ("/model/language/translated", test_translated);

  return g_test_run ();
}
