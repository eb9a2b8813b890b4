briefingSearch.terms("ro",{"roughly":[0,2]});
