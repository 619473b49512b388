/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Which party a passage names: by any of its names' languages, its short name, its
 * candidate, or a name's parts around a note, as whole words, case and accents aside. */
#include "config.h"

#include <string.h>

#include "esc-dataset.h"
#include "esc-election.h"
#include "esc-party-mention.h"

static EscDataset *
load (const char *json)
{
  g_autoptr(GBytes) bytes = g_bytes_new (json, strlen (json));
  g_autoptr(GError) error = NULL;
  EscDataset *dataset = esc_dataset_new_from_bytes (bytes, NULL, NULL, &error);

  g_assert_no_error (error);
  return dataset;
}

static const char *
found (EscElection *election,
       const char  *passage)
{
  EscParty *party = esc_party_mention_find (election, passage);

  return party ? esc_party_get_id (party) : NULL;
}

static void
test_built_in (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "venezuela-elections.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(EscDataset) dataset = esc_dataset_new_from_file (file, NULL, NULL, &error);
  g_autoptr(EscElection) regional = NULL;
  g_autoptr(EscElection) presidential = NULL;

  g_assert_no_error (error);
  regional = g_list_model_get_item (esc_dataset_get_elections (dataset), 0);
  presidential = g_list_model_get_item (esc_dataset_get_elections (dataset), 1);
  /* The candidates are the parties of a presidential election, called by surname. */
  g_assert_cmpstr (found (presidential, "saying Maduro had 51% of the vote"), ==, "maduro");
  g_assert_cmpstr (found (presidential, "44 percent for opposition candidate Edmundo González"), ==, "gonzalez");
  g_assert_cmpstr (found (presidential, "Mr. Gonzalez won 67 percent"), ==, "gonzalez");
  /* The articles' words: the note of "Socialist party (ruling party)", and its rest. */
  g_assert_cmpstr (found (regional, "Venezuela's ruling party has won 20 out of 23 state governorships"), ==, "ruling-party");
  g_assert_cmpstr (found (regional, "the Socialist party - which has been in power"), ==, "ruling-party");
  g_assert_cmpstr (found (regional, "Los partidos de oposición ganaron tres; el partido gobernante, 20."), ==, "opposition");
  g_assert_null (found (regional, "Turnout was low at 41.8%."));
  /* Not "party" alone. */
  g_assert_null (found (regional, "The party said little."));
}

static void
test_words (void)
{
  g_autoptr(EscDataset) dataset = load (
    "{\"format\": \"escrutinio-dataset\", \"version\": 1, \"title\": \"T\","
    " \"articles\": [{\"id\": \"a\", \"title\": \"A\", \"language\": \"en\", \"paragraphs\": [\"The figures.\"]}],"
    " \"elections\": [{\"id\": \"e\", \"country\": \"ES\", \"kind\": \"parliamentary\", \"title\": \"E\", \"parties\": ["
    "  {\"id\": \"pp\", \"name\": \"Partido Popular\", \"short_name\": \"PP\", \"bloc\": \"opposition\"},"
    "  {\"id\": \"psoe\", \"name\": {\"es\": \"Partido Socialista Obrero Español\", \"en\": \"Spanish Socialist Workers' Party\"},"
    "   \"short_name\": \"PSOE\", \"candidate\": \"Pedro Sánchez\", \"bloc\": \"government\"}], \"claims\": []}]}");
  g_autoptr(EscElection) election = g_list_model_get_item (esc_dataset_get_elections (dataset), 0);

  g_assert_cmpstr (found (election, "El PSOE ganó; el PP quedó segundo."), ==, "psoe");
  g_assert_cmpstr (found (election, "El pp quedó primero, por delante del PSOE."), ==, "pp");
  /* Whole words only: "happy" holds "pp". */
  g_assert_null (found (election, "A happy day for nobody."));
  g_assert_cmpstr (found (election, "The Spanish Socialist Workers’ Party won."), ==, "psoe");
  g_assert_cmpstr (found (election, "PARTIDO SOCIALISTA OBRERO ESPANOL"), ==, "psoe");
  g_assert_cmpstr (found (election, "Pedro Sanchez dijo..."), ==, "psoe");
  /* A candidate by surname, as articles call them; in a parliament, not a party by the
   * last word of its name: "Partido Popular" is not "popular". */
  g_assert_cmpstr (found (election, "Según Sánchez, el resultado..."), ==, "psoe");
  g_assert_null (found (election, "Una medida popular."));
  g_assert_null (found (election, ""));
}

static void
test_fold (void)
{
  g_autofree char *folded = esc_mention_fold ("¡Ñandú, Über-Straße!");
  g_autofree char *empty = esc_mention_fold ("");

  g_assert_cmpstr (folded, ==, " nandu uber strasse ");
  g_assert_cmpstr (empty, ==, " ");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/model/party-mention/built-in", test_built_in);
  g_test_add_func ("/model/party-mention/words", test_words);
  g_test_add_func ("/model/party-mention/fold", test_fold);

  return g_test_run ();
}
