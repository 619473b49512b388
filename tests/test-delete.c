/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Deleting (esc_delete_new()) and checking one item (esc_dataset_check_item()): after
 * deleting any article, party or claimant of a dataset, with what stands on it, the
 * dataset still validates, and one undo gives back the very bytes; the validator's
 * problems of an item a form edits are found at that item and only there. */
#include "config.h"

#include "esc-dataset-check.h"
#include "esc-dataset-writer.h"
#include "esc-delete.h"
#include "esc-edit-set.h"
#include "esc-history.h"
#include "esc-model-private.h"

static EscDataset *
load (const char *name)
{
  g_autofree char *path = g_build_filename (g_getenv ("ESC_SOURCE_ROOT"), name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  EscDataset *dataset = esc_dataset_new_from_file (file, NULL, NULL, &error);

  g_assert_no_error (error);
  return dataset;
}

static EscElection *
election_at (EscDataset *dataset,
             guint       index)
{
  g_autoptr(EscElection) election = g_list_model_get_item (esc_dataset_get_elections (dataset), index);

  return election;   /* the dataset keeps it */
}

/* The dataset as it would be saved, read back by the loader. */
static void
assert_no_errors (EscDataset *dataset)
{
  g_autoptr(GBytes) bytes = esc_dataset_to_bytes (dataset);
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(EscDataset) read = esc_dataset_new_from_bytes (bytes, &problems, NULL, NULL);

  for (guint i = 0; problems != NULL && i < problems->len; i++)
    {
      EscProblem *problem = g_ptr_array_index (problems, i);

      if (problem->severity == ESC_SEVERITY_ERROR)
        g_error ("%s: %s", problem->path, problem->message);
    }
}

/* Deletes @item, checks the dataset is valid and lacks it, undoes, and checks the
 * bytes are back. Returns how many items went with it. */
static guint
delete_and_undo (EscDataset *dataset,
                 gpointer    item)
{
  g_autoptr(EscHistory) history = esc_history_new (dataset);
  g_autoptr(GBytes) before = esc_dataset_to_bytes (dataset);
  g_autoptr(GBytes) after = NULL;
  g_autoptr(GPtrArray) also = NULL;
  guint n_quotes = 0, n_also;
  EscEdit *edit = esc_delete_new (dataset, item, "Delete", &also, &n_quotes);

  g_assert_nonnull (edit);
  n_also = also->len;
  esc_history_do (history, edit);
  assert_no_errors (dataset);
  after = esc_dataset_to_bytes (dataset);
  g_assert_false (g_bytes_equal (before, after));
  esc_history_undo (history);
  g_clear_pointer (&after, g_bytes_unref);
  after = esc_dataset_to_bytes (dataset);
  g_assert_true (g_bytes_equal (before, after));
  return n_also + n_quotes;
}

/* Every article, declared claimant and party of each dataset, one at a time. */
static void
test_delete_everything (void)
{
  const char *names[] = { "data/venezuela-elections.json", "tests/fixtures/synthetic-parliament.json", "tests/fixtures/repeat-reactions.json",
                          "tests/fixtures/mexico-governors-2021.json" };
  guint with_dependents = 0;

  for (guint n = 0; n < G_N_ELEMENTS (names); n++)
    {
      g_autoptr(EscDataset) dataset = load (names[n]);
      GListModel *elections = esc_dataset_get_elections (dataset);
      g_autoptr(GPtrArray) items = g_ptr_array_new ();

      g_ptr_array_extend (items, esc_dataset_get_articles (dataset), NULL, NULL);
      g_ptr_array_extend (items, esc_dataset_get_claimants (dataset), NULL, NULL);
      for (guint e = 0; e < g_list_model_get_n_items (elections); e++)
        g_ptr_array_extend (items, esc_election_get_parties (election_at (dataset, e)), NULL, NULL);
      g_assert_cmpuint (items->len, >, 0);
      for (guint i = 0; i < items->len; i++)
        with_dependents += delete_and_undo (dataset, g_ptr_array_index (items, i)) > 0;
    }
  /* The articles of the built-in dataset are all cited. */
  g_assert_cmpuint (with_dependents, >=, 5);
}

/* An article cited by a figure loses it: the figure goes with it, listed. */
static void
test_delete_article_lists (void)
{
  g_autoptr(EscDataset) dataset = load ("data/venezuela-elections.json");
  EscElection *election = election_at (dataset, 0);
  EscClaim *claim = g_ptr_array_index (esc_election_get_claims (election), 0);
  EscSource *source = g_ptr_array_index (esc_claim_get_sources (claim), 0);
  g_autoptr(GPtrArray) also = NULL;
  guint n_quotes = 0;
  g_autoptr(EscEdit) edit = esc_delete_new (dataset, esc_source_get_article (source), "Delete", &also, &n_quotes);

  g_assert_nonnull (edit);
  g_assert_true (esc_claim_get_sources (claim)->len > 1 ? n_quotes > 0 : g_ptr_array_find (also, claim, NULL));
  /* Something not in the dataset is not deleted. */
  {
    g_autoptr(EscParty) stranger = g_object_new (ESC_TYPE_PARTY, NULL);

    g_assert_null (esc_delete_new (dataset, stranger, "Delete", NULL, NULL));
  }
}

static gboolean
has_code (GPtrArray  *problems,
          const char *code)
{
  for (guint i = 0; i < problems->len; i++)
    if (g_str_equal (((EscProblem *) g_ptr_array_index (problems, i))->code, code))
      return TRUE;
  return FALSE;
}

/* A copy as it was has no problem; a bad id or a percentage past 100 is found at the
 * item, whether it replaces one or is new. */
static void
test_check_item (void)
{
  g_autoptr(EscDataset) dataset = load ("data/venezuela-elections.json");
  EscElection *election = election_at (dataset, 1);
  EscParty *party = g_ptr_array_index (esc_election_get_parties (election), 0);
  EscClaim *claim = NULL;
  g_autoptr(EscParty) copy = esc_edit_set_copy (party);
  g_autoptr(GPtrArray) problems = esc_dataset_check_item (dataset, party, copy, NULL);
  g_autoptr(EscClaim) claim_copy = NULL;
  GPtrArray *claims = esc_election_get_claims (election);

  g_assert_cmpuint (problems->len, ==, 0);
  g_clear_pointer (&problems, g_ptr_array_unref);

  g_object_set (copy, "id", "not an id!", NULL);
  problems = esc_dataset_check_item (dataset, party, copy, NULL);
  g_assert_cmpuint (problems->len, >, 0);
  for (guint i = 0; i < problems->len; i++)
    g_assert_true (g_str_has_prefix (((EscProblem *) g_ptr_array_index (problems, i))->path, "$.elections[1].parties[0]"));
  g_clear_pointer (&problems, g_ptr_array_unref);

  for (guint i = 0; i < claims->len && claim == NULL; i++)
    if (esc_claim_get_unit (g_ptr_array_index (claims, i)) == ESC_UNIT_PERCENT)
      claim = g_ptr_array_index (claims, i);
  g_assert_nonnull (claim);
  claim_copy = esc_edit_set_copy (claim);
  g_object_set (claim_copy, "id", "new-claim", "value", 140.0, NULL);
  problems = esc_dataset_check_item (dataset, NULL, claim_copy, claims);
  g_assert_true (has_code (problems, "out-of-range"));
  g_assert_true (g_str_has_prefix (((EscProblem *) g_ptr_array_index (problems, 0))->path, "$.elections[1].claims["));
}

/* A form's copy as it would be saved: its sources less those it removes, and the
 * dataset's own title; each checked where it is. */
static void
test_check_dropped_and_dataset (void)
{
  g_autoptr(EscDataset) dataset = load ("data/venezuela-elections.json");
  EscElection *election = election_at (dataset, 0);
  GPtrArray *claims = esc_election_get_claims (election);
  EscClaim *claim = g_ptr_array_index (claims, 0);
  g_autoptr(GHashTable) dropped = g_hash_table_new (NULL, NULL);
  g_autoptr(EscClaim) copy = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(EscDataset) details = esc_edit_set_copy (dataset);

  for (guint i = 0; i < esc_claim_get_sources (claim)->len; i++)
    g_hash_table_add (dropped, g_ptr_array_index (esc_claim_get_sources (claim), i));
  copy = esc_edit_set_copy_dropping (claim, dropped);
  g_assert_cmpuint (esc_claim_get_sources (copy)->len, ==, 0);
  g_assert_cmpuint (esc_claim_get_sources (claim)->len, >, 0);
  problems = esc_dataset_check_item (dataset, claim, copy, claims);
  g_assert_true (esc_problems_have_errors (problems));
  g_clear_pointer (&problems, g_ptr_array_unref);

  problems = esc_dataset_check_item (dataset, dataset, details, NULL);
  g_assert_cmpuint (problems->len, ==, 0);
  g_clear_pointer (&problems, g_ptr_array_unref);
  g_object_set (details, "title", NULL, NULL);
  problems = esc_dataset_check_item (dataset, dataset, details, NULL);
  g_assert_true (esc_problems_have_errors (problems));
  g_assert_true (g_str_has_prefix (((EscProblem *) g_ptr_array_index (problems, 0))->path, "$"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/delete/everything", test_delete_everything);
  g_test_add_func ("/delete/article-lists", test_delete_article_lists);
  g_test_add_func ("/check/item", test_check_item);
  g_test_add_func ("/check/dropped-and-dataset", test_check_dropped_and_dataset);
  return g_test_run ();
}
