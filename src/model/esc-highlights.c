/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Which passages of an article the dataset cites, and for what: the reader's
 * highlights. Computed from the sources the loader already located. */
#include "esc-highlights.h"
#include "esc-model-private.h"

#include <string.h>

static void
add_sources (GArray      *highlights,
             EscArticle  *article,
             GPtrArray   *sources,
             GObject     *cited_by,
             EscElection *election)
{
  for (guint i = 0; i < sources->len; i++)
    {
      EscSource *source = g_ptr_array_index (sources, i);
      EscHighlight highlight;

      if (source->article != article)
        continue;
      highlight = (EscHighlight) {
        .paragraph = source->paragraph,
        .start = source->offset,
        .end = source->offset + strlen (source->quote),
        .cited_by = cited_by,
        .election = election,
      };
      g_array_append_val (highlights, highlight);
    }
}

static int
compare_highlights (gconstpointer a,
                    gconstpointer b)
{
  const EscHighlight *ha = a, *hb = b;

  if (ha->paragraph != hb->paragraph)
    return ha->paragraph < hb->paragraph ? -1 : 1;
  return ha->start < hb->start ? -1 : ha->start > hb->start;
}

/**
 * esc_article_collect_highlights:
 *
 * Returns: (transfer full) (element-type EscHighlight): every cited passage of @article,
 *   in reading order; the objects it points to belong to @dataset
 */
GArray *
esc_article_collect_highlights (EscDataset *dataset,
                                EscArticle *article)
{
  GArray *highlights = g_array_new (FALSE, FALSE, sizeof (EscHighlight));
  GListModel *elections;

  g_return_val_if_fail (ESC_IS_DATASET (dataset), highlights);
  g_return_val_if_fail (ESC_IS_ARTICLE (article), highlights);

  elections = esc_dataset_get_elections (dataset);
  for (guint e = 0; e < g_list_model_get_n_items (elections); e++)
    {
      g_autoptr(EscElection) election = g_list_model_get_item (elections, e);

      for (guint i = 0; i < election->claims->len; i++)
        {
          EscClaim *claim = g_ptr_array_index (election->claims, i);
          add_sources (highlights, article, claim->sources, G_OBJECT (claim), election);
        }
      for (guint i = 0; i < election->regions->len; i++)
        {
          EscRegion *region = g_ptr_array_index (election->regions, i);
          add_sources (highlights, article, region->sources, G_OBJECT (region), election);
        }
      for (guint i = 0; i < election->reactions->len; i++)
        {
          EscReaction *reaction = g_ptr_array_index (election->reactions, i);
          add_sources (highlights, article, reaction->sources, G_OBJECT (reaction), election);
        }
    }

  g_array_sort (highlights, compare_highlights);
  return highlights;
}
