briefingSearch.meta({"docs":2,"chunk":50});
