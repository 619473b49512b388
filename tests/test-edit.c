/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Editing the model (EscEdit, EscHistory): an edit notifies what it changed and the
 * dataset refreshes what it reads from it; undone, it gives the dataset back as it was;
 * and a random sequence of edits of every member and list, undone to the start, saves
 * as the very file the dataset was read from. */
#include "config.h"

#include <math.h>

#include "esc-dataset-writer.h"
#include "esc-edit-group.h"
#include "esc-edit-list.h"
#include "esc-edit-set.h"
#include "esc-history.h"
#include "esc-localized-text.h"
#include "esc-model-private.h"

static EscDataset *
load_builtin (void)
{
  g_autofree char *path = g_build_filename (g_getenv ("ESC_SOURCE_ROOT"), "data", "venezuela-elections.json", NULL);
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

static void
count_call (gpointer *counter)
{
  (*(guint *) counter)++;
}

static void
set_string (EscHistory *history,
            gpointer    object,
            const char *property,
            const char *text)
{
  g_auto(GValue) value = G_VALUE_INIT;

  g_value_init (&value, G_TYPE_STRING);
  g_value_set_string (&value, text);
  esc_history_do (history, esc_edit_set_new (object, property, &value));
}

/* An edit notifies its property once, the dataset says it changed, the history can
 * undo it and the dataset is modified; undone, it is not. */
static void
test_set_and_undo (void)
{
  g_autoptr(EscDataset) dataset = load_builtin ();
  g_autoptr(EscHistory) history = esc_history_new (dataset);
  EscParty *party = g_ptr_array_index (esc_election_get_parties (election_at (dataset, 0)), 0);
  g_autofree char *before = g_strdup (esc_party_get_short_name (party));
  guint notified = 0, changed = 0;

  g_signal_connect_swapped (party, "notify::short-name", G_CALLBACK (count_call), &notified);
  g_signal_connect_swapped (dataset, "changed", G_CALLBACK (count_call), &changed);
  g_assert_false (esc_history_is_modified (history));

  set_string (history, party, "short-name", "XYZ");
  g_assert_cmpstr (esc_party_get_short_name (party), ==, "XYZ");
  g_assert_cmpuint (notified, ==, 1);
  g_assert_cmpuint (changed, ==, 1);
  g_assert_true (esc_history_can_undo (history));
  g_assert_false (esc_history_can_redo (history));
  g_assert_true (esc_history_is_modified (history));

  esc_history_undo (history);
  g_assert_cmpstr (esc_party_get_short_name (party), ==, before);
  g_assert_cmpuint (notified, ==, 2);
  g_assert_false (esc_history_is_modified (history));
  g_assert_true (esc_history_can_redo (history));

  esc_history_redo (history);
  g_assert_cmpstr (esc_party_get_short_name (party), ==, "XYZ");
  esc_history_mark_saved (history);
  g_assert_false (esc_history_is_modified (history));
  esc_history_undo (history);
  g_assert_true (esc_history_is_modified (history));

  /* A new edit after an undo drops what was undone: the saved state is out of reach. */
  set_string (history, party, "candidate", "Someone");
  g_assert_false (esc_history_can_redo (history));
  g_assert_true (esc_history_is_modified (history));
  esc_history_undo (history);
  g_assert_true (esc_history_is_modified (history));
}

/* Figures follow the claims: removing every claim removes the figure of the first,
 * and undoing brings the claims back in their order, and the figure. */
static void
test_figures_follow (void)
{
  g_autoptr(EscDataset) dataset = load_builtin ();
  g_autoptr(EscHistory) history = esc_history_new (dataset);
  EscElection *election = election_at (dataset, 1);
  GPtrArray *claims = esc_election_get_claims (election);
  guint n_claims = claims->len;
  guint notified = 0;
  g_autoptr(EscEdit) group = esc_edit_group_new ("Remove every claim");

  g_signal_connect_swapped (election, "notify::claims", G_CALLBACK (count_call), &notified);
  g_autoptr(GPtrArray) order = g_ptr_array_new_with_free_func (g_object_unref);
  EscMeasure measure = esc_claim_get_measure (g_ptr_array_index (claims, 0));
  EscParty *subject = esc_claim_get_subject (g_ptr_array_index (claims, 0));

  for (guint i = 0; i < n_claims; i++)
    g_ptr_array_add (order, g_object_ref (g_ptr_array_index (claims, i)));
  g_assert_cmpuint (n_claims, >, 2);
  g_assert_nonnull (esc_figures_lookup (esc_election_get_figures (election), measure, subject));
  /* Each removal takes the first claim left: built and applied one by one. */
  for (guint i = 0; i < n_claims; i++)
    {
      EscEdit *remove = esc_edit_list_new_remove (election, "claims", 0);

      esc_edit_apply (remove);
      esc_edit_group_add (ESC_EDIT_GROUP (group), remove);
    }
  esc_history_push_applied (history, g_object_ref (group));
  g_assert_cmpuint (claims->len, ==, 0);
  g_assert_null (esc_figures_lookup (esc_election_get_figures (election), measure, subject));

  esc_history_undo (history);
  g_assert_cmpuint (claims->len, ==, n_claims);
  for (guint i = 0; i < n_claims; i++)
    g_assert_true (g_ptr_array_index (claims, i) == g_ptr_array_index (order, i));
  g_assert_nonnull (esc_figures_lookup (esc_election_get_figures (election), measure, subject));
  g_assert_cmpuint (notified, ==, 2 * n_claims);
}

/* An edit of a claim reads again its election's figures only; an edit of an article
 * reads every election's. */
static void
test_refresh_touched (void)
{
  g_autoptr(EscDataset) dataset = load_builtin ();
  g_autoptr(EscHistory) history = esc_history_new (dataset);
  EscElection *regional = election_at (dataset, 0), *presidential = election_at (dataset, 1);
  EscFigures *regional_figures = esc_election_get_figures (regional);
  EscFigures *presidential_figures = esc_election_get_figures (presidential);
  EscClaim *claim = g_ptr_array_index (esc_election_get_claims (presidential), 0);
  EscArticle *article = g_ptr_array_index (esc_dataset_get_articles (dataset), 0);
  guint changed = 0;
  g_auto(GValue) value = G_VALUE_INIT;

  /* Weak pointers: a new object may be allocated where the old one was. */
  g_object_add_weak_pointer (G_OBJECT (regional_figures), (gpointer *) &regional_figures);
  g_object_add_weak_pointer (G_OBJECT (presidential_figures), (gpointer *) &presidential_figures);
  g_signal_connect_swapped (dataset, "changed", G_CALLBACK (count_call), &changed);
  g_value_init (&value, G_TYPE_DOUBLE);
  g_value_set_double (&value, esc_claim_get_value (claim) + 1);
  esc_history_do (history, esc_edit_set_new (claim, "value", &value));
  g_assert_cmpuint (changed, ==, 1);
  g_assert_true (esc_election_get_figures (regional) == regional_figures);
  g_assert_null (presidential_figures);

  set_string (history, article, "outlet", "Another Outlet");
  g_assert_cmpuint (changed, ==, 2);
  g_assert_null (regional_figures);
}

/* A form edits a copy; the changes it made become one edit of the original, a
 * claimant written out in the claim included; a copy left alone makes no edit. */
static void
test_copy_and_changes (void)
{
  g_autoptr(EscDataset) dataset = load_builtin ();
  g_autoptr(EscHistory) history = esc_history_new (dataset);
  g_autoptr(GBytes) before = esc_dataset_to_bytes (dataset);
  g_autoptr(GBytes) undone = NULL;
  GPtrArray *claims = esc_election_get_claims (election_at (dataset, 0));
  EscClaim *claim = NULL;
  g_autoptr(EscClaim) copy = NULL;
  g_autoptr(EscClaim) untouched = NULL;
  g_autoptr(EscLocalizedText) name = esc_localized_text_new_plain ("Another outlet");
  double old_value;

  for (guint i = 0; i < claims->len && claim == NULL; i++)
    if (esc_claimant_get_id (esc_claim_get_claimant (g_ptr_array_index (claims, i))) == NULL)
      claim = g_ptr_array_index (claims, i);
  g_assert_nonnull (claim);
  old_value = esc_claim_get_value (claim);
  untouched = esc_edit_set_copy (claim);
  g_assert_null (esc_edit_set_new_changes (claim, untouched, "Nothing"));

  copy = esc_edit_set_copy (claim);
  g_assert_true (esc_claim_get_sources (copy) == esc_claim_get_sources (claim));
  g_assert_true (esc_claim_get_claimant (copy) != esc_claim_get_claimant (claim));
  g_object_set (copy, "value", old_value + 1, NULL);
  g_object_set (esc_claim_get_claimant (copy), "name", name, NULL);
  /* The original is as it was until the edit is made. */
  g_assert_cmpfloat (esc_claim_get_value (claim), ==, old_value);
  esc_history_do (history, esc_edit_set_new_changes (claim, copy, "Edit a figure"));
  g_assert_cmpfloat (esc_claim_get_value (claim), ==, old_value + 1);
  g_assert_cmpstr (esc_localized_text_get (esc_claim_get_claimant_name (claim)), ==, "Another outlet");
  g_assert_cmpstr (esc_history_get_undo_label (history), ==, "Edit a figure");
  esc_history_undo (history);
  undone = esc_dataset_to_bytes (dataset);
  g_assert_true (g_bytes_equal (before, undone));
}

/* ---- Random edits ---- */

typedef struct {
  EscDataset *dataset;
  GPtrArray *objects;   /* every object of the model, GObject */
  GPtrArray *parties;
  GPtrArray *claimants;
} Model;

static void
add_all (GPtrArray *into,
         GPtrArray *from)
{
  for (guint i = 0; from != NULL && i < from->len; i++)
    g_ptr_array_add (into, g_ptr_array_index (from, i));
}

static void
collect (Model *model)
{
  GListModel *elections = esc_dataset_get_elections (model->dataset);

  g_ptr_array_add (model->objects, model->dataset);
  add_all (model->objects, esc_dataset_get_articles (model->dataset));
  add_all (model->objects, esc_dataset_get_claimants (model->dataset));
  for (guint i = 0; i < g_list_model_get_n_items (elections); i++)
    {
      EscElection *election = election_at (model->dataset, i);
      GPtrArray *claims = esc_election_get_claims (election);

      g_ptr_array_add (model->objects, election);
      add_all (model->objects, esc_election_get_parties (election));
      add_all (model->parties, esc_election_get_parties (election));
      add_all (model->objects, claims);
      add_all (model->objects, esc_election_get_regions (election));
      add_all (model->objects, esc_election_get_reactions (election));
      for (guint c = 0; c < claims->len; c++)
        g_ptr_array_add (model->claimants, esc_claim_get_claimant (g_ptr_array_index (claims, c)));
    }
}

static gpointer
pick (GPtrArray *array)
{
  return g_ptr_array_index (array, g_test_rand_int_range (0, array->len));
}

/* A value of @pspec's type, sometimes none. */
static void
random_value (Model      *model,
              GParamSpec *pspec,
              GValue     *value)
{
  GType type = pspec->value_type;
  int n = g_test_rand_int_range (0, 1000);

  g_value_init (value, type);
  if (type == G_TYPE_STRING)
    g_value_take_string (value, n % 5 == 0 ? NULL : n % 5 == 1 ? g_strdup ("#a1b2c3") : g_strdup_printf ("edit %d", n));
  else if (type == ESC_TYPE_LOCALIZED_TEXT)
    g_value_take_boxed (value, n % 4 == 0 ? NULL : esc_localized_text_new_plain ("an edited text"));
  else if (G_TYPE_IS_ENUM (type))
    {
      g_autoptr(GEnumClass) enums = g_type_class_ref (type);

      g_value_set_enum (value, enums->values[n % enums->n_values].value);
    }
  else if (type == G_TYPE_BOOLEAN)
    g_value_set_boolean (value, n % 2);
  else if (type == G_TYPE_DOUBLE)
    g_value_set_double (value, n / 7.0);
  else if (type == G_TYPE_VARIANT)
    g_value_set_variant (value, n % 4 == 0 ? NULL : g_variant_new_double (n / 7.0));
  else if (type == G_TYPE_UINT)
    g_value_set_uint (value, n % 4);
  else if (type == G_TYPE_STRV)
    g_value_take_boxed (value, g_strsplit ("One paragraph.|Another one.", "|", -1));
  else if (g_type_is_a (type, ESC_TYPE_PARTY))
    g_value_set_object (value, n % 3 == 0 ? NULL : pick (model->parties));
  else if (g_type_is_a (type, ESC_TYPE_CLAIMANT))
    g_value_set_object (value, pick (model->claimants));
  else
    g_assert_not_reached ();
}

static EscEdit *
random_set (Model   *model,
            GObject *object)
{
  guint n_properties;
  g_autofree GParamSpec **properties = g_object_class_list_properties (G_OBJECT_GET_CLASS (object), &n_properties);
  GParamSpec *pspec;
  g_auto(GValue) value = G_VALUE_INIT;

  do
    pspec = properties[g_test_rand_int_range (0, n_properties)];
  while (!(pspec->flags & G_PARAM_WRITABLE));
  random_value (model, pspec, &value);
  return esc_edit_set_new (object, pspec->name, &value);
}

/* Moves an item within one of @object's lists: out, and back in elsewhere. */
static EscEdit *
random_move (GObject *object)
{
  static const char *lists[] = { "articles", "claimants", "parties", "claims", "regions", "reactions", "sources", "notes" };
  const char *name = lists[g_test_rand_int_range (0, G_N_ELEMENTS (lists))];
  GPtrArray *list = NULL;
  g_autoptr(EscEdit) out = NULL;
  EscEdit *group;
  guint from, to;
  gpointer item;

  if (g_object_class_find_property (G_OBJECT_GET_CLASS (object), name) == NULL)
    return NULL;
  g_object_get (object, name, &list, NULL);
  if (list == NULL || list->len == 0)
    {
      g_clear_pointer (&list, g_ptr_array_unref);
      return NULL;
    }
  from = g_test_rand_int_range (0, list->len);
  to = g_test_rand_int_range (0, list->len);
  item = g_ptr_array_index (list, from);
  group = esc_edit_group_new ("Move");
  out = esc_edit_list_new_remove (object, name, from);
  /* The insertion is made once the removal is applied: its position counts without it. */
  esc_edit_apply (out);
  esc_edit_group_add (ESC_EDIT_GROUP (group), g_object_ref (out));
  esc_edit_group_add (ESC_EDIT_GROUP (group), esc_edit_list_new_insert (object, name, MIN (to, list->len), item));
  esc_edit_revert (out);
  g_ptr_array_unref (list);
  return group;
}

static void
test_random_undone (void)
{
  g_autoptr(EscDataset) dataset = load_builtin ();
  g_autoptr(EscHistory) history = esc_history_new (dataset);
  g_autoptr(GBytes) before = esc_dataset_to_bytes (dataset);
  g_autoptr(GBytes) edited = NULL;
  g_autoptr(GBytes) undone = NULL;
  g_autoptr(GBytes) redone = NULL;
  Model model = { dataset, g_ptr_array_new (), g_ptr_array_new (), g_ptr_array_new () };
  guint steps = 0;

  collect (&model);
  while (steps < 400)
    {
      GObject *object = pick (model.objects);
      EscEdit *edit = g_test_rand_int_range (0, 4) == 0 ? random_move (object) : random_set (&model, object);

      if (edit == NULL)
        continue;
      esc_history_do (history, edit);
      steps++;
    }
  edited = esc_dataset_to_bytes (dataset);
  g_assert_false (g_bytes_equal (before, edited));

  while (esc_history_can_undo (history))
    esc_history_undo (history);
  undone = esc_dataset_to_bytes (dataset);
  g_assert_true (g_bytes_equal (before, undone));
  g_assert_false (esc_history_is_modified (history));

  while (esc_history_can_redo (history))
    esc_history_redo (history);
  redone = esc_dataset_to_bytes (dataset);
  g_assert_true (g_bytes_equal (edited, redone));

  g_ptr_array_unref (model.objects);
  g_ptr_array_unref (model.parties);
  g_ptr_array_unref (model.claimants);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/edit/set-and-undo", test_set_and_undo);
  g_test_add_func ("/edit/figures-follow", test_figures_follow);
  g_test_add_func ("/edit/refresh-touched", test_refresh_touched);
  g_test_add_func ("/edit/copy-and-changes", test_copy_and_changes);
  g_test_add_func ("/edit/random-undone", test_random_undone);

  return g_test_run ();
}
