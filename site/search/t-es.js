briefingSearch.terms("es",{"estimated":[0,2]});
