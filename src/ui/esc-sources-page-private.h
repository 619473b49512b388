/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Shared by the files of EscSourcesPage: esc-sources-page.c (the reader, its highlights
 * and actions), esc-sources-page-list.c (the article list and the search over all
 * articles), esc-sources-page-find.c (find in the open article) and
 * esc-sources-page-cited.c (what cited passages support, and following them). */
#pragma once

#include "esc-highlights.h"
#include "esc-sources-page.h"

G_BEGIN_DECLS

struct _EscSourcesPage
{
  GtkWidget parent_instance;

  EscDataset *dataset;
  EscArticle *article;        /* on show in the reader */
  GListStore *articles;       /* those the list shows: all, or those matching all_search */
  GArray *paragraph_starts;   /* int: buffer offset where each paragraph begins */
  GArray *highlights;         /* EscHighlight, with start/end as buffer offsets */
  GArray *matches;            /* EscHighlight of find_entry, buffer offsets */
  guint current_match;
  GPtrArray *trail;           /* EscSource: the sources of what was last shown, in turn */
  guint trail_index;
  GSettings *settings;
  GtkCssProvider *zoom_css;
  guint scroll_tick;          /* waiting to scroll to scroll_target */
  int scroll_target;
  guint scroll_frames;
  double press_x, press_y;    /* where the last click on the text began */

  /* Template children */
  AdwLeaflet *leaflet;
  GtkWidget *sidebar;
  GtkWidget *reader;
  GtkWidget *no_results;
  GtkSearchEntry *all_search;
  GtkListView *article_list;
  GtkLabel *match_label;
  GtkButton *next_source_button;
  GtkSearchBar *find_bar;
  GtkSearchEntry *find_entry;
  GtkScrolledWindow *scroller;
  GtkTextView *text_view;
};

char *esc_sources_article_meta   (EscArticle *article);
char *esc_sources_article_badges (EscArticle *article);

void  esc_sources_page_setup_list   (EscSourcesPage *self);
void  esc_sources_page_fill_list    (EscSourcesPage *self);
void  esc_sources_page_on_all_search_changed (EscSourcesPage *self);

int   esc_sources_page_buffer_offset (EscSourcesPage *self,
                                      guint           paragraph,
                                      gsize           byte_offset);
void  esc_sources_page_apply_tag     (GtkTextBuffer  *buffer,
                                      const char     *tag,
                                      int             start,
                                      int             end);
void  esc_sources_page_select_range  (EscSourcesPage *self,
                                      int             start,
                                      int             end);

void  esc_sources_page_update_matches      (EscSourcesPage *self);
void  esc_sources_page_find_changed        (EscSourcesPage *self);
void  esc_sources_page_find_next           (EscSourcesPage *self);
void  esc_sources_page_find_previous       (EscSourcesPage *self);
void  esc_sources_page_search_mode_changed (EscSourcesPage *self);
void  esc_sources_page_find_action         (GtkWidget      *widget,
                                            const char     *action_name,
                                            GVariant       *parameter);

void     esc_sources_page_activate_cited      (EscSourcesPage           *self,
                                               const EscHighlight       *h);
gboolean esc_sources_page_query_tooltip       (EscSourcesPage           *self,
                                               int                       x,
                                               int                       y,
                                               gboolean                  keyboard,
                                               GtkTooltip               *tooltip);
gboolean esc_sources_page_text_event          (GtkEventControllerLegacy *controller,
                                               GdkEvent                 *event,
                                               EscSourcesPage           *self);
void     esc_sources_page_follow_cited_action (GtkWidget                *widget,
                                               const char               *action_name,
                                               GVariant                 *parameter);
void     esc_sources_page_step_cited_action   (GtkWidget                *widget,
                                               const char               *action_name,
                                               GVariant                 *parameter);

G_END_DECLS
