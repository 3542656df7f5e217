import { QueryCache, QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { App as AntApp, ConfigProvider } from "antd";
import enUS from "antd/locale/en_US";
import viVN from "antd/locale/vi_VN";
import dayjs from "dayjs";
import "dayjs/locale/vi";
import { type ReactNode, useEffect, useState } from "react";
import { ApiError } from "../api/api-error";
import { authKeys } from "../api/auth-api";
import { I18nProvider, useI18n } from "../i18n/i18n-context";
import type { Lang } from "../i18n/translate";

/** The query cache; a 401 on any query means the session ended, which sends the person to the login page. */
export function createQueryClient(): QueryClient {
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({
      onError: (error, query) => {
        if (error instanceof ApiError && error.status === 401 && query.queryKey[0] !== authKeys.me[0])
          client.setQueryData(authKeys.me, null);
      },
    }),
    defaultOptions: {
      queries: {
        retry: (count, error) => count < 1 && !(error instanceof ApiError && error.status < 500),
        staleTime: 30_000,
        refetchOnWindowFocus: false,
      },
    },
  });
  return client;
}

function AntdLocale({ children }: { children: ReactNode }) {
  const { lang } = useI18n();
  useEffect(() => {
    dayjs.locale(lang === "vi" ? "vi" : "en");
  }, [lang]);
  return (
    <ConfigProvider
      locale={lang === "vi" ? viVN : enUS}
      theme={{
        // secondary, placeholder and out-of-month texts darker than antd's 45 % black, which fails WCAG AA contrast (4.5:1)
        token: {
          colorPrimary: "#a8071a",
          borderRadius: 4,
          colorTextSecondary: "rgba(0, 0, 0, 0.62)",
          colorTextDescription: "rgba(0, 0, 0, 0.62)",
          colorTextTertiary: "rgba(0, 0, 0, 0.62)",
          colorTextPlaceholder: "rgba(0, 0, 0, 0.6)",
          colorTextQuaternary: "rgba(0, 0, 0, 0.6)",
          colorTextDisabled: "rgba(0, 0, 0, 0.56)",
          colorLink: "#0958d9",
          // danger buttons' red text on white
          colorError: "#cf1322",
          colorSuccess: "#237804",
          colorWarning: "#ad4e00",
        },
      }}
    >
      <AntApp>{children}</AntApp>
    </ConfigProvider>
  );
}

/** Query cache, language and antd configuration; tests wrap pages in the same providers. */
export function Providers({ children, lang, queryClient }: { children: ReactNode; lang?: Lang; queryClient?: QueryClient }) {
  const [client] = useState(() => queryClient ?? createQueryClient());
  return (
    <QueryClientProvider client={client}>
      <I18nProvider lang={lang}>
        <AntdLocale>{children}</AntdLocale>
      </I18nProvider>
    </QueryClientProvider>
  );
}
