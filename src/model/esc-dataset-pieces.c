/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The large arrays of a dataset, read piece by piece. Each element's bytes (found by
 * the scanner) are parsed by json-glib on a worker and read into the model there, with
 * a context of its own, and the element's tree is freed at once: the whole file's tree
 * never exists. Then, on the loading thread and in element order, each item's problems
 * are merged and the item registered (ids that must be unique, what other parts look
 * up), so the result is the same with one worker or many. */
#include "config.h"

#include "esc-dataset-reader-private.h"
#include "esc-json-scan.h"

typedef struct {
  EscReader reader;
  GHashTable *cited;
  GHashTable *used_claimants;
  gpointer item;
  gboolean keep;
} Piece;

typedef struct {
  const Context *ctx;
  const char *name;
  GArray *spans;
  ReadFunc read;
  Piece *pieces;
  int next;
} Work;

static void
read_piece (Work  *work,
            guint  index)
{
  const EscJsonSpan *span = &g_array_index (work->spans, EscJsonSpan, index);
  Piece *piece = &work->pieces[index];
  g_autoptr(GString) path = g_string_new ("$");
  /* Not immutable: sealing each node costs a tenth more, and nothing shares them. */
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  Context ctx = *work->ctx;
  JsonObject *object;

  esc_json_path_append_member (path, work->name, -1);
  esc_json_path_append_index (path, index);
  esc_reader_init_piece (&ctx.reader, &work->ctx->reader, path->str);
  ctx.cited = g_hash_table_new (NULL, NULL);
  ctx.used_claimants = g_hash_table_new (NULL, NULL);
  ctx.keep = TRUE;

  /* The scanner accepted these bytes and their nesting: json-glib parses them. */
  if (!json_parser_load_from_data (parser, ctx.data + span->start, span->end - span->start, &error))
    esc_reader_error (&ctx.reader, "syntax", "%s", error->message);
  else if ((object = esc_reader_node_object (&ctx.reader, json_parser_get_root (parser))) != NULL)
    piece->item = work->read (&ctx, object, NULL);
  if (piece->item != NULL)
    g_object_set_qdata_full (piece->item, esc_origin_quark (), g_string_free (g_steal_pointer (&path), FALSE), g_free);

  piece->reader = ctx.reader;
  piece->cited = ctx.cited;
  piece->used_claimants = ctx.used_claimants;
  piece->keep = ctx.keep;
}

static gpointer
work_through (gpointer data)
{
  Work *work = data;
  guint index;

  while ((index = (guint) g_atomic_int_add (&work->next, 1)) < work->spans->len)
    read_piece (work, index);
  return NULL;
}

static void
add_all (GHashTable *to,
         GHashTable *from)
{
  GHashTableIter iter;
  gpointer key;

  g_hash_table_iter_init (&iter, from);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    g_hash_table_add (to, key);
  g_hash_table_unref (from);
}

/* Reads each of @spans, the elements of the top-level array @name, with @read on
 * @ctx->n_threads threads (this one among them), then hands each item to @merge in
 * order. @read returns the item it built, or NULL; it sets ctx->keep to FALSE for an
 * item that is broken but still has to be registered. @merge registers the item and
 * says whether it goes in the list. */
GPtrArray *
esc_read_spans (Context    *ctx,
                const char *name,
                GArray     *spans,
                ReadFunc    read,
                MergeFunc   merge)
{
  Work work = { ctx, name, spans, read, g_new0 (Piece, spans->len), 0 };
  guint n_threads = CLAMP (ctx->n_threads, 1, spans->len);
  g_autoptr(GPtrArray) threads = g_ptr_array_new ();
  GPtrArray *items = g_ptr_array_new_with_free_func (g_object_unref);
  gsize member_mark;

  for (guint i = 1; i < n_threads; i++)
    g_ptr_array_add (threads, g_thread_new ("esc-load", work_through, &work));
  work_through (&work);
  for (guint i = 0; i < threads->len; i++)
    g_thread_join (g_ptr_array_index (threads, i));

  member_mark = esc_reader_push_member (&ctx->reader, name);
  for (guint i = 0; i < spans->len; i++)
    {
      Piece *piece = &work.pieces[i];
      gsize mark = esc_reader_push_index (&ctx->reader, i);

      esc_reader_merge (&ctx->reader, &piece->reader);
      add_all (ctx->cited, piece->cited);
      add_all (ctx->used_claimants, piece->used_claimants);
      if (piece->item != NULL && merge (ctx, piece->item, piece->keep))
        g_ptr_array_add (items, piece->item);
      else if (piece->item != NULL)
        g_object_unref (piece->item);
      esc_reader_pop (&ctx->reader, mark);
    }
  esc_reader_pop (&ctx->reader, member_mark);
  g_free (work.pieces);
  return items;
}
