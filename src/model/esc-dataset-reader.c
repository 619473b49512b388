/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "esc-dataset-reader-private.h"
#include "esc-json-scan.h"
#include "esc-validate.h"

#define FORMAT_NAME "escrutinio-dataset"
#define FORMAT_VERSION 1

/* Reads each element of the array member @name with @read, which reports at the
 * element's path. Elements that fail are left out; their problems stay. */
static gpointer read_source (Context    *ctx,
                             JsonObject *object,
                             gpointer    data);

GPtrArray *
esc_read_list (Context     *ctx,
           JsonObject  *object,
           const char  *name,
           gboolean     required,
           gboolean     non_empty,
           ReadFunc     read,
           gpointer     data)
{
  JsonArray *array = esc_reader_array (&ctx->reader, object, name, required, non_empty);
  GPtrArray *items = g_ptr_array_new_with_free_func (g_object_unref);
  gsize member_mark;

  if (array == NULL)
    return items;

  member_mark = esc_reader_push_member (&ctx->reader, name);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      gsize mark = esc_reader_push_index (&ctx->reader, i);
      JsonObject *element = esc_reader_element_object (&ctx->reader, array, i);
      gpointer item = element != NULL ? read (ctx, element, data) : NULL;

      /* Sources are boxed, and keep their origin themselves (read_source()). */
      if (item != NULL && read != read_source)
        g_object_set_qdata_full (item, esc_origin_quark (), g_strdup (ctx->reader.path->str), g_free);
      if (item != NULL)
        g_ptr_array_add (items, item);
      esc_reader_pop (&ctx->reader, mark);
    }
  esc_reader_pop (&ctx->reader, member_mark);

  return items;
}

/* The decimals the number in @member of the object being read was written with. */
guint
esc_read_decimals (Context    *ctx,
                   const char *member)
{
  gsize mark;
  guint decimals;

  if (ctx->decimals == NULL || g_hash_table_size (ctx->decimals) == 0)
    return 0;
  mark = esc_reader_push_member (&ctx->reader, member);
  decimals = esc_json_decimals_lookup (ctx->decimals, ctx->reader.path->str);
  esc_reader_pop (&ctx->reader, mark);
  return decimals;
}

/* Registers @item, read from a piece, under @id in @table, unless an earlier piece has
 * that id: the first of an id is the one others refer to. Reports at the element's
 * "id"; @table's keys are the items' own ids. */
gboolean
esc_merge_by_id (Context    *ctx,
                 GHashTable *table,
                 const char *id,
                 gpointer    item,
                 gboolean    keep)
{
  if (g_hash_table_contains (table, id))
    {
      esc_reader_error_at (&ctx->reader, "id", "duplicate-id", _("The id “%s” is used twice."), id);
      return FALSE;
    }
  g_hash_table_insert (table, (gpointer) id, g_object_ref (item));
  return keep;
}

/* Ids must be unique within @seen; reports at the element's "id". */
gboolean
esc_read_unique_id (Context    *ctx,
          GHashTable *seen,
          const char *id)
{
  if (id == NULL)
    return FALSE;

  if (!g_hash_table_add (seen, g_strdup (id)))
    {
      esc_reader_error_at (&ctx->reader, "id", "duplicate-id",
                           _("The id “%s” is used twice."), id);
      return FALSE;
    }
  return TRUE;
}

static EscArticle *
find_article (Context    *ctx,
              JsonObject *object)
{
  const char *id = esc_reader_string (&ctx->reader, object, "article", TRUE);
  EscArticle *article;

  if (id == NULL)
    return NULL;

  article = g_hash_table_lookup (ctx->articles, id);
  if (article == NULL)
    esc_reader_error_at (&ctx->reader, "article", "unknown-reference",
                         _("There is no article with the id “%s”."), id);
  return article;
}

/* A figure computed from a tally of the dataset: { "tally": "id" }, nothing else. */
static EscSource *
read_tally_source (Context    *ctx,
                   JsonObject *object)
{
  const char *id = esc_reader_string (&ctx->reader, object, "tally", TRUE);
  EscTally *tally;
  EscSource *source;

  if (id == NULL)
    return NULL;
  if (json_object_has_member (object, "article") || json_object_has_member (object, "quote"))
    {
      esc_reader_error_at (&ctx->reader, "tally", "invalid-value",
                           _("A source is a quote in an article or a tally, not both."));
      return NULL;
    }
  tally = g_hash_table_lookup (ctx->tallies, id);
  if (tally == NULL)
    {
      esc_reader_error_at (&ctx->reader, "tally", "unknown-reference", _("There is no tally with the id “%s”."), id);
      return NULL;
    }
  source = esc_source_new_tally (tally);
  source->origin = g_strdup (ctx->reader.path->str);
  return source;
}

static gpointer
read_source (Context    *ctx,
             JsonObject *object,
             gpointer    data)
{
  static const char *known[] = { "article", "quote", "tally", NULL };
  EscSource *source;
  EscArticle *article;
  const char *quote;
  guint paragraph;
  gsize offset;

  esc_reader_check_members (&ctx->reader, object, known);
  if (json_object_has_member (object, "tally"))
    return read_tally_source (ctx, object);
  article = find_article (ctx, object);
  quote = esc_reader_string (&ctx->reader, object, "quote", TRUE);
  if (article == NULL || quote == NULL)
    return NULL;

  g_hash_table_add (ctx->cited, article);
  if (!esc_article_find_text (article, quote, &paragraph, &offset))
    {
      esc_reader_error_at (&ctx->reader, "quote", "quote-not-found",
                           _("The quote does not occur, character for character, in any paragraph of the article “%s”."),
                           article->id);
      return NULL;
    }

  source = esc_source_new (article, quote, paragraph, offset);
  source->origin = g_strdup (ctx->reader.path->str);
  return source;
}

GPtrArray *
esc_read_sources (Context    *ctx,
              JsonObject *object)
{
  g_autoptr(GPtrArray) sources = esc_read_list (ctx, object, "sources", TRUE, TRUE, read_source, NULL);

  /* esc_read_list keeps GObjects; sources are boxed. */
  g_ptr_array_set_free_func (sources, (GDestroyNotify) esc_source_unref);
  return g_steal_pointer (&sources);
}

static gpointer
read_article (Context    *ctx,
              JsonObject *object,
              gpointer    data)
{
  static const char *known[] = {
    "id", "title", "title_from_editor", "outlet", "published", "url", "language",
    "translated_from", "notes", "paragraphs", NULL
  };
  g_autoptr(EscArticle) article = g_object_new (ESC_TYPE_ARTICLE, NULL);
  g_autoptr(GStrvBuilder) paragraphs = g_strv_builder_new ();
  JsonArray *array;
  JsonArray *notes;
  const char *url;
  gboolean ok;

  esc_reader_check_members (&ctx->reader, object, known);
  article->id = esc_reader_dup_id (&ctx->reader, object, "id", TRUE);
  article->title = esc_reader_localized (&ctx->reader, object, "title", TRUE);
  article->title_from_editor = esc_reader_boolean (&ctx->reader, object, "title_from_editor", FALSE);
  article->outlet = g_strdup (esc_reader_string (&ctx->reader, object, "outlet", FALSE));
  article->published = esc_reader_dup_date (&ctx->reader, object, "published");
  article->language = esc_reader_dup_language (&ctx->reader, object, "language", TRUE);
  article->translated_from = esc_reader_dup_language (&ctx->reader, object, "translated_from", FALSE);
  article->notes = g_ptr_array_new_with_free_func ((GDestroyNotify) esc_localized_text_unref);

  url = esc_reader_string (&ctx->reader, object, "url", FALSE);
  if (url != NULL && !esc_is_web_url (url))
    esc_reader_error_at (&ctx->reader, "url", "invalid-url",
                         _("“%s” is not an http or https address."), url);
  else
    article->url = g_strdup (url);

  notes = esc_reader_array (&ctx->reader, object, "notes", FALSE, FALSE);
  for (guint i = 0; notes != NULL && i < json_array_get_length (notes); i++)
    {
      gsize mark = esc_reader_push_member (&ctx->reader, "notes");
      EscLocalizedText *note;

      esc_reader_push_index (&ctx->reader, i);
      note = esc_reader_localized_node (&ctx->reader, json_array_get_element (notes, i));
      if (note != NULL)
        g_ptr_array_add (article->notes, note);
      esc_reader_pop (&ctx->reader, mark);
    }

  array = esc_reader_array (&ctx->reader, object, "paragraphs", TRUE, TRUE);
  ok = array != NULL;
  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      JsonNode *node = json_array_get_element (array, i);
      gsize mark = esc_reader_push_member (&ctx->reader, "paragraphs");

      esc_reader_push_index (&ctx->reader, i);
      if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
        {
          esc_reader_error (&ctx->reader, "wrong-type", _("A paragraph should be a string."));
          ok = FALSE;
        }
      else if (*json_node_get_string (node) == '\0')
        {
          esc_reader_error (&ctx->reader, "empty-value", _("The paragraph is empty."));
          ok = FALSE;
        }
      else
        g_strv_builder_add (paragraphs, json_node_get_string (node));
      esc_reader_pop (&ctx->reader, mark);
    }
  article->paragraphs = g_strv_builder_end (paragraphs);

  /* Known even when broken (esc_merge_article()). */
  ctx->keep = article->title != NULL && article->language != NULL && ok;
  return article->id != NULL || ctx->keep ? g_steal_pointer (&article) : NULL;
}

/* Registers an article read from a piece: known by its id even when broken, so that
 * what cites it is checked against its text instead of drowning in "no such article"
 * errors. */
static gboolean
merge_article (Context  *ctx,
               gpointer  item,
               gboolean  keep)
{
  EscArticle *article = item;

  return article->id == NULL ? keep : esc_merge_by_id (ctx, ctx->articles, article->id, article, keep);
}

static gboolean
check_format (Context    *ctx,
              JsonObject *object)
{
  const char *format = esc_reader_string (&ctx->reader, object, "format", TRUE);
  JsonNode *version = esc_reader_member (&ctx->reader, object, "version", TRUE);

  if (format == NULL || version == NULL)
    return FALSE;

  if (!g_str_equal (format, FORMAT_NAME))
    {
      esc_reader_error_at (&ctx->reader, "format", "unsupported-format",
                           _("This is not an Escrutinio dataset: “format” should be “%s”."), FORMAT_NAME);
      return FALSE;
    }

  if (!JSON_NODE_HOLDS_VALUE (version)
      || (json_node_get_value_type (version) != G_TYPE_INT64 && json_node_get_value_type (version) != G_TYPE_DOUBLE))
    {
      esc_reader_error_at (&ctx->reader, "version", "wrong-type",
                           _("“version” should be a whole number, such as %d."), FORMAT_VERSION);
      return FALSE;
    }

  /* 1.0 is not 1: versions are integers, and a writer that says 1.0 is not this one. */
  if (json_node_get_value_type (version) != G_TYPE_INT64 || json_node_get_int (version) != FORMAT_VERSION)
    {
      esc_reader_error_at (&ctx->reader, "version", "unsupported-format",
                           _("This version of Escrutinio reads datasets of version %d only."), FORMAT_VERSION);
      return FALSE;
    }

  return TRUE;
}

/* Where the element with @id sits in the JSON array @name: invalid elements are not in
 * the model's lists, so their index there is not the place to report. */
guint
esc_json_index_of_id (JsonObject *object,
                      const char *name,
                      const char *id)
{
  JsonArray *array = json_object_get_array_member (object, name);

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *node = json_array_get_element (array, i);
      JsonObject *element = JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
      JsonNode *member = element ? json_object_get_member (element, "id") : NULL;

      if (member != NULL && JSON_NODE_HOLDS_VALUE (member) && json_node_get_value_type (member) == G_TYPE_STRING
          && g_str_equal (json_node_get_string (member), id))
        return i;
    }
  g_return_val_if_reached (0);
}

/* Warns at the element @item was read from. */
static void
warn_at_origin (Context    *ctx,
                gpointer    item,
                const char *code,
                const char *message)
{
  g_autofree char *path = g_strdup (ctx->reader.path->str);

  g_string_assign (ctx->reader.path, g_object_get_qdata (item, esc_origin_quark ()));
  esc_reader_warning (&ctx->reader, code, "%s", message);
  g_string_assign (ctx->reader.path, path);
}

static void
warn_unused_articles (Context    *ctx,
                      EscDataset *dataset)
{
  for (guint i = 0; i < dataset->articles->len; i++)
    {
      EscArticle *article = g_ptr_array_index (dataset->articles, i);
      g_autofree char *message = NULL;

      /* An article without a valid id has its error already; nothing can cite it. */
      if (article->id == NULL || g_hash_table_contains (ctx->cited, article))
        continue;
      message = g_strdup_printf (_("No claim, region or reaction cites the article “%s”."), article->id);
      warn_at_origin (ctx, article, "unused-article", message);
    }
}

/* A declared claimant nobody refers to is most often a misspelt id in a claim. */
static void
warn_unused_claimants (Context    *ctx,
                       EscDataset *dataset)
{
  for (guint i = 0; i < dataset->claimants->len; i++)
    {
      EscClaimant *claimant = g_ptr_array_index (dataset->claimants, i);
      g_autofree char *message = NULL;

      if (g_hash_table_contains (ctx->used_claimants, claimant))
        continue;
      message = g_strdup_printf (_("No claim refers to the claimant “%s”."), claimant->id);
      warn_at_origin (ctx, claimant, "unused-claimant", message);
    }
}

/* The last member called @name, as json-glib keeps the last of duplicates (an error
 * of the scanner's). */
static const EscJsonMember *
find_member (GPtrArray  *members,
             const char *name)
{
  for (guint i = members->len; i-- > 0;)
    {
      const EscJsonMember *member = g_ptr_array_index (members, i);

      if (g_str_equal (member->name, name))
        return member;
    }
  return NULL;
}

/* The top-level array @name, read piece by piece (esc-dataset-pieces.c). What is not an
 * array with elements (missing, of another type, empty) is read from @skeleton, which
 * holds it, to report it as ever. */
static GPtrArray *
read_pieces (Context    *ctx,
             JsonObject *skeleton,
             GPtrArray  *members,
             const char *name,
             gboolean    required,
             gboolean    non_empty,
             ReadFunc    read,
             MergeFunc   merge)
{
  const EscJsonMember *member = find_member (members, name);

  if (member == NULL || member->elements == NULL || member->elements->len == 0)
    return esc_read_list (ctx, skeleton, name, required, non_empty, read, NULL);
  return esc_read_spans (ctx, name, member->elements, read, merge);
}

static EscDataset *
read_document (Context    *ctx,
               JsonObject *object,
               GPtrArray  *members)
{
  static const char *known[] = {
    "format", "version", "title", "description", "articles", "claimants", "tallies", "elections", NULL
  };
  g_autoptr(EscDataset) dataset = g_object_new (ESC_TYPE_DATASET, NULL);
  g_autoptr(GPtrArray) elections = NULL;

  /* Anything else about a file of another format or version would only be noise. */
  if (!check_format (ctx, object))
    return NULL;

  esc_reader_check_members (&ctx->reader, object, known);
  dataset->title = esc_reader_localized (&ctx->reader, object, "title", TRUE);
  dataset->description = esc_reader_localized (&ctx->reader, object, "description", FALSE);
  /* Each list replaces the empty one the dataset starts with. Articles, claimants and
   * tallies before elections: their claims refer to them. */
  g_clear_pointer (&dataset->articles, g_ptr_array_unref);
  dataset->articles = read_pieces (ctx, object, members, "articles", TRUE, FALSE, read_article, merge_article);
  g_clear_pointer (&dataset->claimants, g_ptr_array_unref);
  dataset->claimants = read_pieces (ctx, object, members, "claimants", FALSE, FALSE,
                                    esc_read_claimant_declaration, esc_merge_claimant_declaration);
  g_clear_pointer (&dataset->tallies, g_ptr_array_unref);
  dataset->tallies = read_pieces (ctx, object, members, "tallies", FALSE, FALSE, esc_read_tally, esc_merge_tally);
  elections = read_pieces (ctx, object, members, "elections", TRUE, TRUE, esc_read_election, esc_merge_election);
  g_list_store_splice (dataset->elections, 0, 0, elections->pdata, elections->len);
  warn_unused_articles (ctx, dataset);
  warn_unused_claimants (ctx, dataset);

  return g_steal_pointer (&dataset);
}

/* The members whose arrays are read piece by piece (esc-dataset-pieces.c). */
gboolean
esc_dataset_reads_in_pieces (const char *member)
{
  return g_str_equal (member, "articles") || g_str_equal (member, "claimants")
         || g_str_equal (member, "tallies") || g_str_equal (member, "elections");
}

/**
 * esc_dataset_read_pieces:
 * @data: the bytes the scanner accepted
 * @skeleton: the document parsed with the arrays esc_dataset_reads_in_pieces() names
 *   emptied (see read_pieces())
 * @members: (element-type EscJsonMember): what the scanner found of the top-level
 *   object in @data
 * @n_threads: how many threads read the pieces
 *
 * Returns: the dataset, or NULL when @skeleton is not one; either way, every problem
 *   found is in @problems. Whether errors make the dataset unusable is the caller's
 *   call.
 */
EscDataset *
esc_dataset_read_pieces (const char *data,
                         JsonNode   *skeleton,
                         GPtrArray  *members,
                         GPtrArray  *problems,
                         GHashTable *decimals,
                         guint       n_threads)
{
  Context ctx = { .data = data, .n_threads = n_threads, .decimals = decimals, .keep = TRUE };
  EscDataset *dataset = NULL;

  g_return_val_if_fail (skeleton != NULL, NULL);
  g_return_val_if_fail (problems != NULL, NULL);

  esc_reader_init (&ctx.reader, problems);
  ctx.articles = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_object_unref);
  ctx.cited = g_hash_table_new (NULL, NULL);
  ctx.tallies = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_object_unref);
  ctx.elections = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  ctx.claimants = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_object_unref);
  ctx.used_claimants = g_hash_table_new (NULL, NULL);

  if (JSON_NODE_HOLDS_OBJECT (skeleton))
    dataset = read_document (&ctx, json_node_get_object (skeleton), members);
  else
    esc_reader_error (&ctx.reader, "not-an-object",
                      _("A dataset is a JSON object; this file holds something else at the top."));

  g_hash_table_unref (ctx.articles);
  g_hash_table_unref (ctx.cited);
  g_hash_table_unref (ctx.tallies);
  g_hash_table_unref (ctx.elections);
  g_hash_table_unref (ctx.claimants);
  g_hash_table_unref (ctx.used_claimants);
  esc_reader_finish (&ctx.reader);
  return dataset;
}
