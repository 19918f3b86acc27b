import { createNavigation } from "next-intl/navigation";
import { routing } from "./routing";

// The only place links, redirects and router hooks come from, so they always keep the locale.
export const { Link, redirect, usePathname, useRouter, getPathname } = createNavigation(routing);
