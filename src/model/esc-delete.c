/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Deleting an item and what stands on it, as one edit, so the dataset stays valid and
 * one undo brings all of it back:
 *  - an article: the quotes taken from it go from the items that cite it; an item left
 *    without a source (or a reaction whose words no remaining source prints) goes too;
 *  - a party: the figures about it go, and regions won by it keep their bloc only;
 *  - a claimant: the figures it states go.
 * The form asks first, showing what goes (esc_delete_new()'s @also). */
#include "config.h"

#include "esc-delete.h"
#include "esc-edit-group.h"
#include "esc-edit-list.h"
#include "esc-edit-set.h"
#include "esc-model-fields.h"
#include "esc-model-private.h"

typedef struct {
  gpointer item;
  GHashTable *doomed;     /* items deleted with @item */
  GPtrArray *also;        /* the same, in the dataset's order */
  GPtrArray *edits;       /* EscEdit, applied in this order */
  guint n_quotes;
} Plan;

static void
doom (Plan     *plan,
      gpointer  item)
{
  if (g_hash_table_add (plan->doomed, item))
    g_ptr_array_add (plan->also, item);
}

/* A reaction quoting its speaker needs a source left that prints the words. */
static gboolean
still_sourced (gpointer   item,
               GPtrArray *sources,
               EscArticle *gone)
{
  const char *words = ESC_IS_REACTION (item) ? ESC_REACTION (item)->quote : NULL;
  gboolean any = FALSE;

  for (guint i = 0; i < sources->len; i++)
    {
      EscSource *source = g_ptr_array_index (sources, i);

      if (source->article == gone)
        continue;
      any = TRUE;
      if (words != NULL && source->article != NULL && esc_article_find_text (source->article, words, NULL, NULL))
        return TRUE;
    }
  return any && words == NULL;
}

static gboolean
cites (GPtrArray  *sources,
       EscArticle *article)
{
  for (guint i = 0; i < sources->len; i++)
    if (((EscSource *) g_ptr_array_index (sources, i))->article == article)
      return TRUE;
  return FALSE;
}

/* The sources of @items that quote @article go, last first so that undoing puts them
 * back where they were; an item with none left goes whole. */
static void
drop_quotes (Plan       *plan,
             GPtrArray  *items,
             EscArticle *article)
{
  for (guint i = 0; i < items->len; i++)
    {
      gpointer item = g_ptr_array_index (items, i);
      GPtrArray *sources = esc_fields_get_list (G_OBJECT (item), "sources");

      if (!cites (sources, article))
        continue;
      if (!still_sourced (item, sources, article))
        {
          doom (plan, item);
          continue;
        }
      for (guint s = sources->len; s-- > 0;)
        if (((EscSource *) g_ptr_array_index (sources, s))->article == article)
          {
            g_ptr_array_add (plan->edits, esc_edit_list_new_remove (item, "sources", s));
            plan->n_quotes++;
          }
    }
}

static void
plan_election (Plan        *plan,
               EscElection *election)
{
  for (guint i = 0; i < election->claims->len; i++)
    {
      EscClaim *claim = g_ptr_array_index (election->claims, i);

      if ((claim->subject != NULL && claim->subject == plan->item)
          || (claim->claimant != NULL && claim->claimant == plan->item))
        doom (plan, claim);
    }
  for (guint i = 0; i < election->regions->len; i++)
    {
      EscRegion *region = g_ptr_array_index (election->regions, i);

      if (region->party != NULL && region->party == plan->item)
        {
          g_auto(GValue) none = G_VALUE_INIT;

          g_value_init (&none, ESC_TYPE_PARTY);
          g_ptr_array_add (plan->edits, esc_edit_set_new (region, "party", &none));
        }
    }
  if (ESC_IS_ARTICLE (plan->item))
    {
      drop_quotes (plan, election->claims, plan->item);
      drop_quotes (plan, election->regions, plan->item);
      drop_quotes (plan, election->reactions, plan->item);
    }
}

/* Removes the doomed items of @owner's @name, last first. */
static void
remove_doomed (Plan       *plan,
               gpointer    owner,
               const char *name)
{
  GPtrArray *items = esc_fields_get_list (G_OBJECT (owner), name);

  for (guint i = items->len; i-- > 0;)
    if (g_hash_table_contains (plan->doomed, g_ptr_array_index (items, i)))
      g_ptr_array_add (plan->edits, esc_edit_list_new_remove (owner, name, i));
}

/* In the order that removes what refers to an item before the item. */
static const char * const lists[] = { "claims", "regions", "reactions", "parties" };
static const char * const dataset_lists[] = { "articles", "claimants" };

/**
 * esc_delete_new:
 * @item: an article, claimant, party, claim, region or reaction of @dataset
 * @also: (out) (optional) (transfer container): the items deleted with it, in the
 *   dataset's order
 * @n_quotes: (out) (optional): the quotes taken from items that stay
 *
 * Returns: (transfer full) (nullable): the edit that deletes @item and what stands on
 *   it (see the top of this file), or %NULL if @item is not in @dataset
 */
EscEdit *
esc_delete_new (EscDataset  *dataset,
                gpointer     item,
                const char  *label,
                GPtrArray  **also,
                guint       *n_quotes)
{
  g_autoptr(GHashTable) doomed = g_hash_table_new (NULL, NULL);
  g_autoptr(GPtrArray) also_deleted = g_ptr_array_new ();
  g_autoptr(GPtrArray) edits = g_ptr_array_new_with_free_func (g_object_unref);
  Plan plan = { item, doomed, also_deleted, edits, 0 };
  GListModel *elections = esc_dataset_get_elections (dataset);
  g_autoptr(EscEdit) group = esc_edit_group_new (label);
  gboolean found = FALSE;

  g_return_val_if_fail (ESC_IS_DATASET (dataset), NULL);

  for (guint e = 0; e < g_list_model_get_n_items (elections); e++)
    {
      g_autoptr(EscElection) election = g_list_model_get_item (elections, e);

      plan_election (&plan, election);
    }
  /* Whatever goes with it first, then the item itself: undone, the item is back
   * before what refers to it. */
  g_hash_table_add (doomed, item);
  for (guint e = 0; e < g_list_model_get_n_items (elections); e++)
    {
      g_autoptr(EscElection) election = g_list_model_get_item (elections, e);

      for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
        {
          found |= g_ptr_array_find (esc_fields_get_list (G_OBJECT (election), lists[l]), item, NULL);
          remove_doomed (&plan, election, lists[l]);
        }
    }
  for (guint l = 0; l < G_N_ELEMENTS (dataset_lists); l++)
    {
      found |= g_ptr_array_find (esc_fields_get_list (G_OBJECT (dataset), dataset_lists[l]), item, NULL);
      remove_doomed (&plan, dataset, dataset_lists[l]);
    }
  if (!found)
    return NULL;
  for (guint i = 0; i < edits->len; i++)
    esc_edit_group_add (ESC_EDIT_GROUP (group), g_object_ref (g_ptr_array_index (edits, i)));
  if (also != NULL)
    *also = g_steal_pointer (&also_deleted);
  if (n_quotes != NULL)
    *n_quotes = plan.n_quotes;
  return g_steal_pointer (&group);
}
