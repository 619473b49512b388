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

/* The end of @needle's match at the start of @text ignoring case, or NULL. Compared a
 * character at a time so the offsets stay those of @text (casefolding a whole
 * paragraph would move them). */
static const char *
match_caseless (const char *text,
                const char *needle)
{
  while (*needle != '\0')
    {
      if (*text == '\0'
          || g_unichar_tolower (g_utf8_get_char (text)) != g_unichar_tolower (g_utf8_get_char (needle)))
        return NULL;
      text = g_utf8_next_char (text);
      needle = g_utf8_next_char (needle);
    }
  return text;
}

/* Appends every match of @query to @matches; with @matches NULL, stops at the first.
 * Returns whether there was one. */
static gboolean
search (EscArticle *article,
        const char *query,
        GArray     *matches)
{
  gboolean found = FALSE;
  gunichar first;

  if (query == NULL || *query == '\0')
    return FALSE;
  first = g_unichar_tolower (g_utf8_get_char (query));

  for (guint p = 0; article->paragraphs[p] != NULL; p++)
    {
      const char *paragraph = article->paragraphs[p];

      for (const char *at = paragraph; *at != '\0'; )
        {
          const char *end;

          /* Searching thousands of articles: skip, a byte at a time, the ASCII that
           * cannot start a match. Any other byte goes to the full comparison, as a
           * character such as the Kelvin sign lowers to ASCII. */
          if (first < 0x80)
            {
              while (*at != '\0' && (guchar) *at < 0x80 && (gunichar) g_ascii_tolower (*at) != first)
                at++;
              if (*at == '\0')
                break;
            }
          end = match_caseless (at, query);

          if (end != NULL)
            {
              EscHighlight match = { .paragraph = p, .start = at - paragraph, .end = end - paragraph };

              found = TRUE;
              if (matches == NULL)
                return TRUE;
              g_array_append_val (matches, match);
              at = end;
            }
          else
            at = g_utf8_next_char (at);
        }
    }
  return found;
}

/**
 * esc_article_search:
 *
 * Returns: (transfer full) (element-type EscHighlight): where @query occurs in the
 *   paragraphs of @article, ignoring case, in reading order; cited_by is NULL
 */
GArray *
esc_article_search (EscArticle *article,
                    const char *query)
{
  GArray *matches = g_array_new (FALSE, FALSE, sizeof (EscHighlight));

  g_return_val_if_fail (ESC_IS_ARTICLE (article), matches);
  search (article, query, matches);
  return matches;
}

/**
 * esc_article_contains:
 *
 * Returns: whether @query occurs in the paragraphs of @article, ignoring case, as
 *   esc_article_search() finds it; quicker, as the first match ends the search
 */
gboolean
esc_article_contains (EscArticle *article,
                      const char *query)
{
  g_return_val_if_fail (ESC_IS_ARTICLE (article), FALSE);
  return search (article, query, NULL);
}
