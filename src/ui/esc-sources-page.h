/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "esc-dataset.h"

G_BEGIN_DECLS

#define ESC_TYPE_SOURCES_PAGE (esc_sources_page_get_type ())
G_DECLARE_FINAL_TYPE (EscSourcesPage, esc_sources_page, ESC, SOURCES_PAGE, GtkWidget)

void          esc_sources_page_set_dataset  (EscSourcesPage *self,
                                             EscDataset     *dataset);
void          esc_sources_page_show_article (EscSourcesPage *self,
                                             EscArticle     *article);
void          esc_sources_page_show_sources (EscSourcesPage *self,
                                             GPtrArray      *sources,
                                             guint           index);
EscArticle   *esc_sources_page_get_article  (EscSourcesPage *self);
GtkTextView  *esc_sources_page_get_text_view (EscSourcesPage *self);
GListModel   *esc_sources_page_get_articles (EscSourcesPage *self);

G_END_DECLS
