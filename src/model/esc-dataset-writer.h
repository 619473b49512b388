/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "esc-dataset.h"

G_BEGIN_DECLS

typedef enum {
  ESC_SAVE_NONE = 0,
  ESC_SAVE_REFUSE_ERRORS = 1 << 0,   /* write nothing if the loader would find errors */
} EscSaveFlags;

GBytes   *esc_dataset_to_bytes (EscDataset    *self);
GBytes   *esc_dataset_to_bytes_swapping (EscDataset  *self,
                                         gpointer     original,
                                         gpointer     replacement,
                                         GPtrArray   *append_to,
                                         char       **path);
gboolean  esc_dataset_save     (EscDataset    *self,
                                GFile         *file,
                                GCancellable  *cancellable,
                                GError       **error);
void      esc_dataset_save_async  (EscDataset          *self,
                                   GFile               *file,
                                   const char          *etag,
                                   EscSaveFlags         flags,
                                   GCancellable        *cancellable,
                                   GAsyncReadyCallback  callback,
                                   gpointer             user_data);
gboolean  esc_dataset_save_finish (EscDataset          *self,
                                   GAsyncResult        *result,
                                   char               **new_etag,
                                   GPtrArray          **problems,
                                   GError             **error);

G_END_DECLS
