/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Shared by the two halves of the tree reader: the document and its articles
 * (esc-dataset-reader.c), and elections with everything in them (esc-election-reader.c). */
#pragma once

#include "esc-dataset-reader.h"
#include "esc-model-private.h"
#include "esc-json-scan.h"
#include "esc-reader.h"

G_BEGIN_DECLS

typedef struct {
  EscReader reader;
  GHashTable *articles;   /* id → EscArticle, every article with an id, valid or not */
  GHashTable *cited;      /* EscArticle set */
  GHashTable *elections;  /* ids seen */
  GHashTable *claimants;  /* id → EscClaimant, the declared ones */
  GHashTable *used_claimants;  /* EscClaimant set */
  GHashTable *decimals;   /* from the scanner: see esc_json_scan() */
  GHashTable *tallies;    /* id → EscTally, the valid ones */
  const char *data;       /* the bytes read, which the scanner found pieces in */
  guint n_threads;        /* how many read the pieces */
  gboolean keep;          /* set by a piece's ReadFunc: whether its item is kept */
} Context;

typedef gpointer (*ReadFunc) (Context    *ctx,
                              JsonObject *object,
                              gpointer    data);
/* Registers @item, read from a piece, on the loading thread, in element order, with
 * the reader at the element's path; says whether it goes in the list. */
typedef gboolean (*MergeFunc) (Context  *ctx,
                               gpointer  item,
                               gboolean  keep);

GPtrArray *esc_read_list     (Context    *ctx,
                          JsonObject *object,
                          const char *name,
                          gboolean    required,
                          gboolean    non_empty,
                          ReadFunc    read,
                          gpointer    data);
GPtrArray *esc_read_spans    (Context    *ctx,
                          const char *name,
                          GArray     *spans,
                          ReadFunc    read,
                          MergeFunc   merge);
GPtrArray *esc_read_sources  (Context    *ctx,
                          JsonObject *object);
guint      esc_read_decimals (Context    *ctx,
                          const char *member);
gpointer   esc_read_claimant_declaration (Context    *ctx,
                          JsonObject *object,
                          gpointer    data);
gboolean   esc_merge_claimant_declaration (Context  *ctx,
                          gpointer  item,
                          gboolean  keep);
gboolean   esc_merge_by_id (Context    *ctx,
                          GHashTable *table,
                          const char *id,
                          gpointer    item,
                          gboolean    keep);
gboolean   esc_read_unique_id      (Context    *ctx,
                          GHashTable *seen,
                          const char *id);
guint      esc_json_index_of_id (JsonObject *object,
                          const char *name,
                          const char *id);
gpointer   esc_read_tally (Context    *ctx,
                          JsonObject *object,
                          gpointer    data);
gboolean   esc_merge_tally (Context  *ctx,
                          gpointer  item,
                          gboolean  keep);
gpointer   esc_read_election (Context    *ctx,
                          JsonObject *object,
                          gpointer    data);
gboolean   esc_merge_election (Context  *ctx,
                          gpointer  item,
                          gboolean  keep);
void       esc_read_region_code (Context    *ctx,
                          JsonObject *object,
                          EscRegion  *region,
                          const char *country,
                          GHashTable *seen);

G_END_DECLS
