/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "esc-article.h"
#include "esc-election.h"
#include "esc-localized-text.h"
#include "esc-problem.h"

G_BEGIN_DECLS

/* Files larger than this are refused before reading: json-glib's tree costs six to
 * seven times the file. */
#define ESC_DATASET_MAX_SIZE (128 * 1024 * 1024)

#define ESC_DATASET_ERROR (esc_dataset_error_quark ())

/* Refusals come with one problem that says the same ("not-a-file", "too-large"). */
typedef enum {
  ESC_DATASET_ERROR_UNREADABLE,        /* could not read the bytes at all */
  ESC_DATASET_ERROR_INVALID,           /* read, but with errors: see the problems */
  ESC_DATASET_ERROR_NOT_REGULAR_FILE,  /* a directory, FIFO, device or socket: not read */
  ESC_DATASET_ERROR_TOO_LARGE,         /* over ESC_DATASET_MAX_SIZE: not read */
} EscDatasetError;

#define ESC_TYPE_DATASET (esc_dataset_get_type ())
G_DECLARE_FINAL_TYPE (EscDataset, esc_dataset, ESC, DATASET, GObject)

GQuark            esc_dataset_error_quark     (void);

EscDataset       *esc_dataset_new             (void);
void              esc_dataset_refresh         (EscDataset          *self);
void              esc_dataset_refresh_touched (EscDataset          *self,
                                               GPtrArray           *touched);
void              esc_dataset_set_load_threads (guint              n_threads);
EscDataset       *esc_dataset_new_from_bytes  (GBytes              *bytes,
                                               GPtrArray          **problems,
                                               GCancellable        *cancellable,
                                               GError             **error);
EscDataset       *esc_dataset_new_from_file   (GFile               *file,
                                               GPtrArray          **problems,
                                               GCancellable        *cancellable,
                                               GError             **error);
void              esc_dataset_load_async      (GFile               *file,
                                               GCancellable        *cancellable,
                                               GAsyncReadyCallback  callback,
                                               gpointer             user_data);
EscDataset       *esc_dataset_load_finish     (GAsyncResult        *result,
                                               GPtrArray          **problems,
                                               GError             **error);

EscLocalizedText *esc_dataset_get_title       (EscDataset          *self);
EscLocalizedText *esc_dataset_get_description (EscDataset          *self);
GPtrArray        *esc_dataset_get_articles    (EscDataset          *self);
GPtrArray        *esc_dataset_get_claimants   (EscDataset          *self);
GPtrArray        *esc_dataset_get_tallies     (EscDataset          *self);
EscArticle       *esc_dataset_lookup_article  (EscDataset          *self,
                                               const char          *id);
GListModel       *esc_dataset_get_elections   (EscDataset          *self);

G_END_DECLS
