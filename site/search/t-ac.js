briefingSearch.terms("ac",{"accelerating":[0,1],"access":[0,1]});
