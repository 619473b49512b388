/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "esc-dataset.h"

G_BEGIN_DECLS

GPtrArray *esc_dataset_check_item         (EscDataset          *self,
                                           gpointer             original,
                                           gpointer             replacement,
                                           GPtrArray           *append_to);
void       esc_dataset_check_item_async   (EscDataset          *self,
                                           gpointer             original,
                                           gpointer             replacement,
                                           GPtrArray           *append_to,
                                           GCancellable        *cancellable,
                                           GAsyncReadyCallback  callback,
                                           gpointer             user_data);
GPtrArray *esc_dataset_check_item_finish  (EscDataset          *self,
                                           GAsyncResult        *result,
                                           GError             **error);

G_END_DECLS
